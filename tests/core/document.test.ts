import { CONTENT_FIELD, findTemplate, readContent, seedFromTemplate, templateDocument } from '@pepdraft/core'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'

describe('a seeded document', () => {
  it('gives every empty paragraph one shared empty text, so concurrent first keystrokes merge', () => {
    const ydoc = new Y.Doc()
    seedFromTemplate(ydoc, findTemplate('standards-track')!, new Date('2026-11-22'))
    const paragraphs = ydoc
      .getXmlFragment(CONTENT_FIELD)
      .toArray()
      .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph')
    const empty = paragraphs.filter((p) => p.toString() === '<paragraph></paragraph>')
    expect(empty.length).toBeGreaterThan(10)
    for (const p of empty) {
      expect(p.length).toBe(1)
      expect(p.get(0)).toBeInstanceOf(Y.XmlText)
    }
  })

  it('reads back exactly the template document (the empty texts add no content)', () => {
    const ydoc = new Y.Doc()
    const template = findTemplate('standards-track')!
    seedFromTemplate(ydoc, template, new Date('2026-11-22'))
    expect(readContent(ydoc)).toEqual(templateDocument(template))
  })
})
