import { type DocNode, findTemplate, sectionBlocks, sectionInsertionIndex, templateDocument } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'

const template = findTemplate('standards-track')!
const heading = (text: string): DocNode => ({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] })
const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/** The template document without the named sections (heading and body). */
function without(...titles: string[]): DocNode {
  const content: DocNode[] = []
  let skipping = false
  for (const node of templateDocument(template).content ?? []) {
    if (node.type === 'heading') skipping = titles.includes(node.content?.[0]?.text ?? '')
    if (!skipping) content.push(node)
  }
  return { type: 'doc', content }
}

const headingTitles = (doc: DocNode) => (doc.content ?? []).filter((n) => n.type === 'heading').map((n) => n.content?.[0]?.text)

describe('sectionInsertionIndex', () => {
  it('puts a missing section back exactly where the template had it', () => {
    for (const section of template.sections) {
      const doc = without(section.title)
      const index = sectionInsertionIndex(doc, template, section.title)
      const restored = { type: 'doc', content: [...doc.content!.slice(0, index), ...sectionBlocks(section), ...doc.content!.slice(index)] }
      expect(restored, section.title).toEqual(templateDocument(template))
    }
  })

  it('goes before the first later section even when the others are out of order', () => {
    const doc: DocNode = { type: 'doc', content: [heading('Abstract'), paragraph('a'), heading('Rationale'), paragraph('r'), heading('Specification'), paragraph('s')] }
    // Motivation comes before both Specification and Rationale: before whichever comes first.
    expect(sectionInsertionIndex(doc, template, 'Motivation')).toBe(2)
  })

  it('ignores headings that are not template sections, and appends when nothing follows', () => {
    const doc: DocNode = { type: 'doc', content: [heading('Abstract'), paragraph('a'), heading('A Digression'), paragraph('d')] }
    expect(sectionInsertionIndex(doc, template, 'Copyright')).toBe(4)
    expect(sectionInsertionIndex(doc, template, 'Motivation')).toBe(4)
  })

  it('recognises sections by alias and case, as the checks do', () => {
    const doc: DocNode = { type: 'doc', content: [heading('Abstract'), paragraph('a'), heading('backward compatibility'), paragraph('b')] }
    expect(sectionInsertionIndex(doc, template, 'Rationale')).toBe(2)
  })

  it('throws for a section the template does not have', () => {
    expect(() => sectionInsertionIndex(without(), template, 'Appendix')).toThrow(/Appendix/)
  })
})

describe('sectionBlocks', () => {
  it('gives a restored section its heading and an empty paragraph, or its fixed wording', () => {
    expect(sectionBlocks(template.sections[0]!)).toEqual([heading('Abstract'), { type: 'paragraph' }])
    const copyright = template.sections.at(-1)!
    expect(sectionBlocks(copyright)).toEqual([heading('Copyright'), paragraph(copyright.body![0]!)])
    expect(headingTitles({ type: 'doc', content: sectionBlocks(copyright) })).toEqual(['Copyright'])
  })
})
