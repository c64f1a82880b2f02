import { importRst, pepSchema } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { pepSource, shape } from './pep-source.js'

function body(rst: string) {
  const result = importRst(pepSource(rst))
  pepSchema().nodeFromJSON(result.doc).check()
  return result
}

const content = (rst: string) => body(rst).doc.content ?? []

describe('importRst reads section titles', () => {
  it('numbers levels in the order adornment styles first appear, as docutils does', () => {
    const doc = content('Top\n---\n\nSub\n===\n\nOther Top\n---------\n')
    expect(doc.map((node) => [node.type, node.attrs?.level])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['heading', 1],
    ])
  })

  it('treats an overlined title as a style of its own', () => {
    const doc = content('=====\nTitle\n=====\n\nSub\n===\n')
    expect(doc.map((node) => node.attrs?.level)).toEqual([1, 2])
  })

  it('keeps a fourth-level title as source with an adornment export does not use', () => {
    const result = body('A\n=\n\nB\n-\n\nC\n~\n\nD\n^\n')
    expect(result.doc.content?.[3]).toEqual({ type: 'rstBlock', content: [{ type: 'text', text: 'D\n~~~~' }] })
    expect(result.warnings.some((w) => w.code === 'kept-as-rst' && w.line === 18)).toBe(true)
  })

  it('reads a two-character underline under a longer title as ordinary text', () => {
    expect(content('Title\n==\n').map((node) => node.type)).toEqual(['paragraph'])
  })
})

describe('importRst reads paragraphs and literal blocks', () => {
  it('keeps one colon of a fully minimised `::` and reads the literal block as code without a language', () => {
    expect(content('Example::\n\n    x = 1\n      y\n\nAfter.\n').map((node) => shape(node))).toEqual([
      { paragraph: ['Example:'] },
      { codeBlock: ['x = 1\n  y'] },
      { paragraph: ['After.'] },
    ])
    expect(content('Example::\n\n    x\n')[1]?.attrs).toEqual({ language: null })
  })

  it('drops a partially minimised ` ::` and an expanded `::` paragraph', () => {
    expect(content('Example ::\n\n    x\n').map((node) => shape(node))).toEqual([{ paragraph: ['Example'] }, { codeBlock: ['x'] }])
    expect(content('::\n\n    x\n').map((node) => shape(node))).toEqual([{ codeBlock: ['x'] }])
  })

  it('reads a code-block directive with a known language and keeps one with options as source', () => {
    const doc = content('.. code-block:: python\n\n   print(1)\n\n.. code-block:: python\n   :linenos:\n\n   print(2)\n')
    expect(doc[0]).toEqual({ type: 'codeBlock', attrs: { language: 'python' }, content: [{ type: 'text', text: 'print(1)' }] })
    expect(doc[1]?.type).toBe('rstBlock')
  })

  it('keeps a code-block without a language as source: docutils classes it `code`, unlike `::`', () => {
    expect(content('.. code-block::\n\n   x\n')[0]?.type).toBe('rstBlock')
  })
})

describe('importRst reads lists', () => {
  it('reads bullet items with nested blocks', () => {
    expect(content('* one\n\n  more\n\n* two\n\n  - nested\n').map((node) => shape(node))).toEqual([
      {
        bulletList: [
          { listItem: [{ paragraph: ['one'] }, { paragraph: ['more'] }] },
          { listItem: [{ paragraph: ['two'] }, { bulletList: [{ listItem: [{ paragraph: ['nested'] }] }] }] },
        ],
      },
    ])
  })

  it('fixes an item body at the marker width when text follows the marker', () => {
    // docutils `list_item`: the deeper line is the definition of a term, which our list cannot hold.
    expect(content('* term\n    definition\n* two\n').map((node) => shape(node))).toEqual([{ rstBlock: ['* term\n    definition\n* two'] }])
  })

  it('reads arabic and auto-numbered lists, with their start', () => {
    const doc = content('3. three\n4. four\n\nText.\n\n#. auto\n#. auto\n')
    expect(doc.map((node) => [node.type, node.attrs?.start, node.content?.length])).toEqual([
      ['orderedList', 3, 2],
      ['paragraph', undefined, 1],
      ['orderedList', undefined, 2],
    ])
  })

  it('continues a numbered list with `#.` items, and ends it at a number after them, as docutils does', () => {
    const doc = content('1. one\n2. two\n\n#. three\n\n4. new list\n')
    expect(doc.map((node) => [node.type, node.attrs?.start, node.content?.length])).toEqual([
      ['orderedList', undefined, 3],
      ['orderedList', 4, 1],
    ])
  })

  it('keeps alphabetic, roman and parenthesised numbering as source', () => {
    expect(content('a. one\nb. two\n\n(1) one\n').map((node) => node.type)).toEqual(['rstBlock', 'rstBlock'])
  })

  it('reads `1.` followed by an unindented line as a paragraph, as docutils does', () => {
    expect(content('1. Not a list\nbecause this line follows.\n').map((node) => shape(node))).toEqual([{ paragraph: ['1. Not a list because this line follows.'] }])
  })
})

describe('importRst reads quotes, admonitions and footnotes', () => {
  it('reads an indented block as a block quote and keeps one with an attribution as source inside it', () => {
    expect(content('    quoted\n').map((node) => shape(node))).toEqual([{ blockquote: [{ paragraph: ['quoted'] }] }])
    expect(content('    quoted\n\n    -- Someone\n').map((node) => shape(node))).toEqual([{ blockquote: [{ rstBlock: ['quoted\n\n-- Someone'] }] }])
  })

  it('reads note and warning with any body elements', () => {
    const doc = content('.. note:: First line\n   continues.\n\n   - item\n\n.. warning::\n\n   Careful::\n\n       code\n')
    expect(doc.map((node) => shape(node))).toEqual([
      { admonition: [{ paragraph: ['First line continues.'] }, { bulletList: [{ listItem: [{ paragraph: ['item'] }] }] }] },
      { admonition: [{ paragraph: ['Careful:'] }, { codeBlock: ['code'] }] },
    ])
    expect(doc.map((node) => node.attrs?.kind)).toEqual(['note', 'warning'])
  })

  it('reads labelled auto-numbered footnotes and keeps numbered ones as source', () => {
    const doc = content('.. [#label] Text of the note.\n\n.. [1] Numbered.\n')
    expect(doc[0]).toEqual({ type: 'footnote', attrs: { label: 'label' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text of the note.' }] }] })
    expect(doc[1]?.type).toBe('rstBlock')
  })
})

describe('importRst reads tables export can write as list-table', () => {
  it('reads a grid table with a header row, cells parsed as blocks', () => {
    const doc = content('+------+-------+\n| Name | Value |\n+======+=======+\n| a    | - one |\n|      | - two |\n+------+-------+\n| b    |       |\n+------+-------+\n')
    expect(doc.map((node) => shape(node))).toEqual([
      {
        table: [
          { tableRow: [{ tableHeader: [{ paragraph: ['Name'] }] }, { tableHeader: [{ paragraph: ['Value'] }] }] },
          {
            tableRow: [
              { tableCell: [{ paragraph: ['a'] }] },
              { tableCell: [{ bulletList: [{ listItem: [{ paragraph: ['one'] }] }, { listItem: [{ paragraph: ['two'] }] }] }] },
            ],
          },
          { tableRow: [{ tableCell: [{ paragraph: ['b'] }] }, { tableCell: ['paragraph'] }] },
        ],
      },
    ])
  })

  it('reads a simple table, joining a row continued in a line whose first column is blank', () => {
    const doc = content('=====  ==========\nA      B\n=====  ==========\nx      first line\n       continued\ny      text past the last column\n=====  ==========\n')
    expect(doc.map((node) => shape(node))).toEqual([
      {
        table: [
          { tableRow: [{ tableHeader: [{ paragraph: ['A'] }] }, { tableHeader: [{ paragraph: ['B'] }] }] },
          { tableRow: [{ tableCell: [{ paragraph: ['x'] }] }, { tableCell: [{ paragraph: ['first line continued'] }] }] },
          { tableRow: [{ tableCell: [{ paragraph: ['y'] }] }, { tableCell: [{ paragraph: ['text past the last column'] }] }] },
        ],
      },
    ])
  })
})

describe('importRst keeps what the schema cannot hold as source', () => {
  const cases: [string, string][] = [
    ['a comment', '.. a comment\n   continued\n'],
    ['an internal hyperlink target', '.. _name:\n\nText.\n'],
    ['a substitution definition', '.. |x| replace:: y\n'],
    ['a Sphinx directive', '.. canonical-doc:: :mod:`x`\n'],
    ['a definition list', 'term\n    definition\n'],
    ['a field list', ':field: value\n:other: value\n'],
    ['an option list', '-a  option a\n--bee  option b\n'],
    ['a line block', '| one\n| two\n'],
    ['a doctest block', '>>> 1 + 1\n2\n'],
    ['a transition', 'Before.\n\n----------\n\nAfter.\n'],
    ['a grid table with a spanning cell', '+---+---+\n| a     |\n+---+---+\n| b | c |\n+---+---+\n'],
    ['a simple table with two header rows', '===  ===\na    b\nc    d\n===  ===\ne    f\n===  ===\n'],
  ]
  for (const [name, rst] of cases) {
    it(`keeps ${name} as an rstBlock and says so`, () => {
      const result = body(rst)
      const kept = (result.doc.content ?? []).filter((node) => node.type === 'rstBlock')
      expect(kept).toHaveLength(1)
      expect(result.warnings.filter((w) => w.code === 'kept-as-rst')).toHaveLength(1)
    })
  }

  it('keeps the exact source lines, dedented to column 0', () => {
    const doc = content('.. image:: x.png\n   :alt: An image\n')
    expect(doc).toEqual([{ type: 'rstBlock', content: [{ type: 'text', text: '.. image:: x.png\n   :alt: An image' }] }])
  })
})

describe('importRst folds external hyperlink targets into the links that use them', () => {
  it('drops a target whose references all became links', () => {
    const result = body('See the site_.\n\n.. _site: https://example.org/\n')
    expect(result.doc.content?.map((node) => node.type)).toEqual(['paragraph'])
    const link = result.doc.content?.[0]?.content?.find((node) => node.marks?.some((mark) => mark.type === 'link'))
    expect(link?.marks?.[0]?.attrs?.href).toBe('https://example.org/')
    expect(result.warnings.map((w) => w.code)).toContain('hyperlink-target-folded')
  })

  it('keeps a target that source kept verbatim still refers to', () => {
    const doc = content('+-----+-----+\n| site_     |\n+-----+-----+\n| a   | b   |\n+-----+-----+\n\n.. _site: https://example.org/\n')
    expect(doc.map((node) => node.type)).toEqual(['rstBlock', 'rstBlock'])
  })
})

describe('importRst never loses a document', () => {
  it('gives an empty body one empty paragraph, as the schema needs a block', () => {
    expect(importRst(pepSource('')).doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })

  it('reads a file without a preamble as body', () => {
    expect(importRst('Just text.\n').doc.content?.map((node) => shape(node))).toEqual([{ paragraph: ['Just text.'] }])
  })

  it('expands tabs and reads CR LF line ends as docutils does', () => {
    expect(content('Example::\r\n\r\n\tx\r\n').map((node) => shape(node))).toEqual([{ paragraph: ['Example:'] }, { codeBlock: ['x'] }])
  })
})
