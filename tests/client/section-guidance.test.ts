import { findTemplate, pepSchema, templateDocument, type DocNode } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { guidanceDecorations } from '../../client/src/features/editor/sectionGuidance.js'

const template = findTemplate('standards-track')!

function decorationsOf(json: DocNode) {
  const doc = pepSchema().nodeFromJSON(json)
  return guidanceDecorations(doc, template.sections)
    .find()
    .map((decoration) => ({ node: doc.nodeAt(decoration.from)?.type.name, text: (decoration.spec as { text: string }).text }))
}

describe('guidanceDecorations', () => {
  it('shows each empty section its template guidance', () => {
    const shown = decorationsOf(templateDocument(template))
    const abstract = template.sections.find((s) => s.title === 'Abstract')!
    expect(shown).toContainEqual({ node: 'paragraph', text: abstract.guidance })
    // Copyright starts with fixed text, so it has no empty paragraph to guide.
    expect(shown.filter((d) => d.node === 'paragraph')).toHaveLength(template.sections.filter((s) => !s.body).length)
  })

  it('drops the guidance once the section has text', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Abstract' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'We propose…' }] },
      ],
    }
    expect(decorationsOf(doc)).toEqual([])
  })

  it('matches section aliases case-insensitively', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'backward compatibility' }] },
        { type: 'paragraph' },
      ],
    }
    const section = template.sections.find((s) => s.aliases.includes('Backward Compatibility'))!
    expect(decorationsOf(doc)).toEqual([{ node: 'paragraph', text: section.guidance }])
  })

  it('invites writing in an empty document and naming an empty heading', () => {
    expect(decorationsOf({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([{ node: 'paragraph', text: 'Start writing your PEP…' }])
    expect(decorationsOf({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2 } }, { type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] })).toEqual([
      { node: 'heading', text: 'Section title' },
    ])
  })
})
