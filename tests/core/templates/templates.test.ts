import { type DocNode, listTemplates, pepSchema, templateDocument } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'

/** Every text node of a document, in order. */
function texts(node: DocNode): string[] {
  if (node.type === 'text') return [node.text ?? '']
  return (node.content ?? []).flatMap(texts)
}

describe.each(listTemplates().map((t) => [t.id, t] as const))('templateDocument(%s)', (_id, template) => {
  const json = templateDocument(template)

  it('is a document the PEP schema accepts', () => {
    const doc = pepSchema().nodeFromJSON(json)
    expect(() => doc.check()).not.toThrow()
    expect(doc.toJSON()).toEqual(json)
  })

  it('holds each section as a level-1 heading followed by its fixed text or one empty paragraph', () => {
    const expected = template.sections.flatMap((section) => [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: section.title }] },
      ...(section.body ?? ['']).map((text) => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })),
    ])
    expect(json.content).toEqual(expected)
  })

  it('contains no guidance: guidance is drawn by the editor, never written into the draft', () => {
    const written = texts(json).join('\n')
    for (const section of template.sections) {
      const firstWords = section.guidance.split(/\s+/).slice(0, 6).join(' ')
      expect(written, section.title).not.toContain(firstWords)
    }
  })
})
