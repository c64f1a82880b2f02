import { checkLinks, type DocNode } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { code, doc, link, p, text } from './doc-builders.js'

const codes = (d: DocNode) => checkLinks(d).map((problem) => problem.code)

describe('link targets', () => {
  it('accept http and https URLs', () => {
    expect(
      codes(
        doc(p('See ', link('the docs', 'https://docs.python.org/3/'), ' and ', link('old', 'http://example.com/'))),
      ),
    ).toEqual([])
  })

  it('reject other schemes and relative links, pointing at the text node', () => {
    expect(checkLinks(doc(p('Mail ', link('us', 'mailto:a@example.com'))))).toEqual([
      expect.objectContaining({ code: 'links.scheme', severity: 'error', path: [0, 1] }),
    ])
    expect(codes(doc(p(link('ftp', 'ftp://example.com/x'))))).toEqual(['links.scheme'])
    expect(codes(doc(p(link('below', 'reference-implementation'))))).toEqual(['links.scheme'])
    expect(codes(doc(p(link('nowhere', '#'))))).toEqual(['links.scheme'])
    expect(codes(doc(p(link('js', 'javascript:alert(1)'))))).toEqual(['links.scheme'])
  })

  it('accept a link to a section of the PEP, as published PEPs write them', () => {
    expect(codes(doc(p('See the ', link('implementation', '#reference-implementation'), '.')))).toEqual([])
  })

  it('do not call the URL of a kept reStructuredText target bare', () => {
    const kept = { type: 'rstBlock', content: [{ type: 'text', text: '.. _wx: https://en.wikipedia.org/wiki/W%5EX' }] }
    expect(codes(doc(kept))).toEqual([])
  })

  it('reject a link without a URL', () => {
    expect(codes(doc(p(link('nowhere', ''))))).toEqual(['links.href-missing'])
    expect(codes(doc(p(link('nowhere', null))))).toEqual(['links.href-missing'])
  })

  it('reject URLs with spaces or angle brackets, which break the reStructuredText link', () => {
    expect(codes(doc(p(link('x', 'https://example.com/a b'))))).toEqual(['links.href-format'])
  })

  it('report a link split over several text nodes once', () => {
    const bold = text('bold', [{ type: 'link', attrs: { href: 'ftp://x' } }, { type: 'bold' }])
    expect(codes(doc(p(link('plain ', 'ftp://x'), bold)))).toEqual(['links.scheme'])
  })
})

describe('direct links to PEPs and RFCs', () => {
  it('accept a link to a PEP or RFC page: the exporter writes it as a :pep: or :rfc: role', () => {
    expect(codes(doc(p('Follow ', link('PEP 8', 'https://peps.python.org/pep-0008/'))))).toEqual([])
    expect(codes(doc(p(link('PEP 1', 'https://www.python.org/dev/peps/pep-0001/'))))).toEqual([])
    expect(codes(doc(p(link('RFC 2822', 'https://www.rfc-editor.org/rfc/rfc2822.html'))))).toEqual([])
    expect(codes(doc(p(link('RFC 3986', 'https://datatracker.ietf.org/doc/html/rfc3986'))))).toEqual([])
  })

  it('warn that a section anchor in a PEP link is dropped, as :pep: takes a bare number', () => {
    const problems = checkLinks(doc(p(link('naming', 'https://peps.python.org/pep-0008/#naming-conventions'))))
    expect(problems.map((problem) => problem.code)).toEqual(['links.role-anchor'])
    expect(problems[0]!.severity).toBe('warning')
    expect(problems[0]!.message).toContain(':pep:`8`')
  })

  it('reject a link to a PEP URL that names no PEP number, as no role can replace it', () => {
    expect(codes(doc(p(link('PEP index', 'https://peps.python.org/pep-index/'))))).toEqual(['links.pep-url'])
  })

  it('reject a direct link written in the text or in code, as python/peps checks every line', () => {
    expect(codes(doc(p('see https://peps.python.org/pep-0008 for style')))).toEqual(['links.pep-url'])
    expect(codes(doc(code('text', 'https://peps.python.org/pep-0008/')))).toEqual(['links.pep-url'])
    expect(codes(doc(p(text('peps.python.org/pep-0012', [{ type: 'code' }]))))).toEqual(['links.pep-url'])
  })

  it('suggest the role with the number when PEP or RFC URLs are written as text', () => {
    const problems = checkLinks(doc(p('see https://www.rfc-editor.org/rfc/rfc2822.html')))
    expect(problems.map((problem) => problem.code)).toEqual(['links.rfc-url'])
    expect(problems[0]!.message).toContain(':rfc:`2822`')
  })

  it('accept links to other python.org pages', () => {
    expect(
      codes(
        doc(
          p(link('PEP index', 'https://peps.python.org/'), link('topic', 'https://peps.python.org/topic/packaging/')),
        ),
      ),
    ).toEqual([])
  })
})

describe('bare URLs', () => {
  it('warn about a URL in running text that is not a link', () => {
    expect(checkLinks(doc(p('Tracking at https://py-free-threading.github.io/tracking/ today.')))).toEqual([
      expect.objectContaining({ code: 'links.bare-url', severity: 'warning', path: [0, 0] }),
    ])
  })

  it('accept URLs in code', () => {
    expect(
      codes(doc(code('text', 'https://example.com/'), p(text('https://example.com/', [{ type: 'code' }])))),
    ).toEqual([])
  })
})
