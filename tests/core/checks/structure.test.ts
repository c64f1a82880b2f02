import { checkStructure, type DocNode } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { bullets, code, doc, footnote, footnoteRef, h, note, p, text } from './doc-builders.js'

const codes = (d: DocNode) => checkStructure(d).map((problem) => problem.code)

describe('headings', () => {
  it('accept levels 1 to 3 in order', () => {
    expect(codes(doc(h(1, 'Abstract'), h(2, 'Part'), h(3, 'Detail'), h(2, 'Other'), h(1, 'Copyright')))).toEqual([])
  })

  it('reject levels deeper than 3, as imported JSON may have, pointing at the heading', () => {
    expect(checkStructure(doc(h(1, 'A'), h(2, 'B'), h(3, 'C'), h(4, 'Too deep')))).toEqual([
      expect.objectContaining({ code: 'structure.heading-depth', severity: 'error', path: [3] }),
    ])
    expect(codes(doc({ type: 'heading', content: [text('No level')] }))).toEqual(['structure.heading-depth'])
  })

  it('reject an empty or blank heading', () => {
    expect(codes(doc(h(1, '')))).toEqual(['structure.heading-empty'])
    expect(codes(doc(h(1, '   ')))).toEqual(['structure.heading-empty'])
  })

  it('reject a heading that skips a level, which docutils calls an inconsistent title level', () => {
    expect(codes(doc(h(1, 'Abstract'), h(3, 'Deep')))).toEqual(['structure.heading-skip'])
    expect(codes(doc(h(2, 'Before any section')))).toEqual(['structure.heading-skip'])
  })

  it('reject a heading inside a list or quote', () => {
    expect(codes(doc(h(1, 'A'), bullets([h(2, 'Inside')])))).toEqual(['structure.heading-nested'])
  })
})

describe('code blocks', () => {
  it('pass with a Pygments language and some code', () => {
    expect(codes(doc(code('python', 'print(1)'), code('c++', 'int x;'), code('text', 'plain')))).toEqual([])
  })

  it('warn when the language is missing', () => {
    expect(checkStructure(doc(p('x'), code(null, 'print(1)')))).toEqual([
      expect.objectContaining({ code: 'structure.code-language', severity: 'warning', path: [1] }),
    ])
    expect(codes(doc(code('', 'x')))).toEqual(['structure.code-language'])
  })

  it('reject a language that is not a short name', () => {
    expect(codes(doc(code('python 3', 'x')))).toEqual(['structure.code-language-format'])
    expect(codes(doc(code(42, 'x')))).toEqual(['structure.code-language-format'])
  })

  it('reject an empty code block, which docutils refuses', () => {
    expect(codes(doc(code('python', '')))).toEqual(['structure.code-empty'])
  })
})

describe('admonitions and unknown content', () => {
  it('reject an empty note and accept a note with text', () => {
    expect(codes(doc(note(p(''))))).toEqual(['structure.admonition-empty'])
    expect(codes(doc(note(p('Careful.'))))).toEqual([])
  })

  it('reject an admonition kind other than note and warning', () => {
    expect(codes(doc({ type: 'admonition', attrs: { kind: 'tip' }, content: [p('Hint.')] }))).toEqual([
      'structure.admonition-kind',
    ])
    expect(codes(doc({ type: 'admonition', attrs: { kind: 'warning' }, content: [p('Careful.')] }))).toEqual([])
  })

  it('reject nodes and marks the PEP schema does not define', () => {
    expect(codes(doc({ type: 'image', attrs: { src: 'x.png' } }))).toEqual(['structure.unknown-node'])
    expect(codes(doc(p(text('x', [{ type: 'underline' }]))))).toEqual(['structure.unknown-mark'])
  })
})

describe('footnotes', () => {
  it('pass when every reference has a footnote and every footnote is referenced', () => {
    expect(
      codes(
        doc(
          p('See', footnoteRef('spec'), ' and', footnoteRef('')),
          footnote('spec', 'The spec.'),
          footnote('', 'Anonymous.'),
        ),
      ),
    ).toEqual([])
  })

  it('reject a reference to a footnote that does not exist', () => {
    expect(checkStructure(doc(p('See', footnoteRef('missing'))))).toEqual([
      expect.objectContaining({ code: 'structure.footnote-undefined', path: [0, 1] }),
    ])
  })

  it('reject a footnote nobody references, a build warning python/peps treats as fatal', () => {
    expect(codes(doc(p('Text'), footnote('unused', 'Never cited.')))).toEqual(['structure.footnote-unreferenced'])
    expect(codes(doc(p('Text', footnoteRef('')), footnote('', 'One.'), footnote('', 'Two.')))).toEqual([
      'structure.footnote-unreferenced',
    ])
  })

  it('reject a footnote defined twice and a label with spaces', () => {
    expect(codes(doc(p(footnoteRef('a')), footnote('a', 'One.'), footnote('a', 'Two.')))).toEqual([
      'structure.footnote-duplicate',
    ])
    expect(codes(doc(p(footnoteRef('a b')), footnote('a b', 'One.')))).toEqual([
      'structure.footnote-label',
      'structure.footnote-label',
    ])
  })
})
