import type { DocNode } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { documentNames, type InlineContext, parseInline } from '../../../core/src/rst-import/inline/index.js'
import { seededRandom } from '../../helpers/seeded-random.js'

interface Warned {
  code: string
  message: string
  line: number
}

function parse(text: string, extra: Partial<InlineContext> = {}): { nodes: DocNode[]; warnings: Warned[] } {
  const warnings: Warned[] = []
  const nodes = parseInline(text, { line: 10, warn: (code, message, line) => warnings.push({ code, message, line }), ...extra })
  return { nodes, warnings }
}

const text = (value: string, ...marks: string[]): DocNode =>
  marks.length > 0 ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value }
const link = (value: string, href: string): DocNode => ({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] })
const raw = (source: string): DocNode => ({ type: 'rstInline', attrs: { source } })

describe('parseInline reads docutils inline markup', () => {
  it('turns emphasis, strong and inline literals into italic, bold and code marks', () => {
    expect(parse('a *b* **c** ``d\\e``').nodes).toEqual([text('a '), text('b', 'italic'), text(' '), text('c', 'bold'), text(' '), text('d\\e', 'code')])
  })

  it('joins the lines of a paragraph with spaces', () => {
    expect(parse('one\n   two *three\nfour*').nodes).toEqual([text('one two '), text('three four', 'italic')])
  })

  it('resolves backslash escapes to plain text and drops escaped spaces', () => {
    expect(parse('\\*not\\* 2\\\\3 foo\\ *bar*\\ s').nodes).toEqual([text('*not* 2\\3 foo'), text('bar', 'italic'), text('s')])
  })

  it('leaves start-strings that are quoted or glued to a word as text, as docutils does', () => {
    expect(parse('(*) "*" a*b* 2 * 3').nodes).toEqual([text('(*) "*" a*b* 2 * 3')])
  })

  it('keeps a start-string without its end-string as source and says on which line', () => {
    const { nodes, warnings } = parse('first line\nan *unclosed start')
    expect(nodes).toEqual([text('first line an '), raw('*'), text('unclosed start')])
    expect(warnings.map((warning) => warning.line)).toEqual([11])
  })
})

describe('parseInline makes links only where the exporter writes back the same link', () => {
  it('reads `text <url>`__ as a link', () => {
    expect(parse('see `the docs <https://docs.python.org/3/>`__.').nodes).toEqual([text('see '), link('the docs', 'https://docs.python.org/3/'), text('.')])
  })

  it('reads :pep: and :rfc: roles as links to the URLs the exporter turns back into those roles', () => {
    expect(parse(':pep:`8`, :PEP:`484` and :rfc:`2822#section-3.6`').nodes).toEqual([
      link('PEP 8', 'https://peps.python.org/pep-0008'),
      text(', '),
      link('PEP 484', 'https://peps.python.org/pep-0484'),
      text(' and '),
      link('RFC 2822', 'https://tools.ietf.org/html/rfc2822.html#section-3.6'),
    ])
  })

  it('keeps Sphinx forms of :pep: (a title, an anchor, leading zeros) as source', () => {
    const source = ':pep:`the guide <8#names>` :pep:`8#names` :pep:`008`'
    expect(parse(source).nodes).toEqual([raw(':pep:`the guide <8#names>`'), text(' '), raw(':pep:`8#names`'), text(' '), raw(':pep:`008`')])
  })

  it('reads a standalone URI or email address as a link showing itself, but leaves a PEP URL as text', () => {
    expect(parse('at https://example.com/a?b=c, guido@python.org or https://peps.python.org/pep-0008/').nodes).toEqual([
      text('at '),
      link('https://example.com/a?b=c', 'https://example.com/a?b=c'),
      text(', '),
      link('guido@python.org', 'mailto:guido@python.org'),
      text(' or https://peps.python.org/pep-0008/'),
    ])
  })

  it('resolves a named reference to an external target the block importer collected', () => {
    const targets = new Map([['python docs', 'https://docs.python.org/']])
    expect(parse('`Python  docs`_ and other_', { targets }).nodes).toEqual([link('Python  docs', 'https://docs.python.org/'), text(' and '), raw('other_')])
  })

  it('reads `text <url>`_ as a link only when no other construct needs the name it defines', () => {
    const source = '`Home <https://example.com>`_ and `Away <https://example.org>`_'
    const names = documentNames(`${source}\n\nLater, Away_ again.\n`)
    expect(parse(source, { names }).nodes).toEqual([link('Home', 'https://example.com'), text(' and '), raw('`Away <https://example.org>`_')])
    expect(parse(source).nodes).toEqual([raw('`Home <https://example.com>`_'), text(' and '), raw('`Away <https://example.org>`_')])
  })

  it('keeps PEP links written as embedded URIs as source, since the exporter would write a role', () => {
    expect(parse('`style <https://peps.python.org/pep-0008/>`__').nodes).toEqual([raw('`style <https://peps.python.org/pep-0008/>`__')])
  })
})

describe('parseInline keeps what the schema cannot hold as its exact source', () => {
  it('keeps Sphinx roles, the default role, substitutions, inline targets, citations and numbered footnotes', () => {
    const source = ':ref:`x` :class:`~a.B` `title` |sub| |link|_ _`target` [Foo99]_ [1]_ [#]_ [*]_ anon__ `phrase`__'
    const kept = parse(source).nodes.filter((node) => node.type === 'rstInline')
    expect(kept).toEqual(source.split(' ').map(raw))
  })

  it('reads [#label]_ as a footnote reference', () => {
    expect(parse('see [#note]_.').nodes).toEqual([text('see '), { type: 'footnoteReference', attrs: { label: 'note' } }, text('.')])
  })

  it('keeps a footnote reference as source when the block importer did not import its footnote', () => {
    expect(parse('[#a]_ [#b]_', { footnotes: new Set(['a']) }).nodes).toEqual([
      { type: 'footnoteReference', attrs: { label: 'a' } },
      text(' '),
      raw('[#b]_'),
    ])
  })

  it('keeps an escape that hides a PEP reference, so the export does not create one', () => {
    expect(parse('alternative to PEP \\382, in').nodes).toEqual([text('alternative to PEP '), raw('\\382,'), text(' in')])
  })

  it('never throws and never returns empty text nodes, whatever the input', () => {
    const random = seededRandom(20261122)
    const alphabet = ['*', '**', '`', '``', '_', '__', '|', '\\', ' ', '\n', ':pep:', ':x:', '<', '>', '[#', ']_', 'a', 'b', 'http://x.y', '(', ')', '"', '#']
    for (let i = 0; i < 2000; i++) {
      const input = Array.from({ length: random.between(0, 12) }, () => random.pick(alphabet)).join('')
      const { nodes } = parse(input)
      expect(nodes.every((node) => node.type !== 'text' || (node.text ?? '') !== ''), JSON.stringify(input)).toBe(true)
    }
  })
})

describe('documentNames lists the names a document needs', () => {
  it('counts named, phrase, substitution and alias references, and target and title names', () => {
    const names = documentNames('Title\n=====\n\nsee name_, `Two  Words`_, |wx|_, `x <alias_>`_ and `y <https://e.org>`_\n\n.. _Target Name: https://e.org\n')
    expect([...names.referenced].sort()).toEqual(['alias', 'name', 'two words', 'wx'])
    expect(names.defined.has('title') && names.defined.has('target name')).toBe(true)
  })
})

describe('parseInline follows aliases to known targets', () => {
  it('reads `text <name_>`__ as a link to the target name points at, and keeps unknown aliases as source', () => {
    const targets = new Map([['tr39', 'https://unicode.org/reports/tr39/']])
    expect(parse('`Unicode <TR39_>`__ and `other <nowhere_>`__', { targets }).nodes).toEqual([
      link('Unicode', 'https://unicode.org/reports/tr39/'),
      text(' and '),
      raw('`other <nowhere_>`__'),
    ])
  })
})
