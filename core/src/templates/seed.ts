import * as Y from 'yjs'
import type { DocNode } from '../document/json.js'
import { writeContent, writePreamble } from '../document/ydoc.js'
import { formatPepDate } from '../preamble/dates.js'
import type { Preamble } from '../preamble/fields.js'
import { META_MAP } from '../schema/fields.js'
import type { Template } from './template.js'

/** A new document for `template`: a level-1 heading per section, then its fixed body or one empty paragraph. */
export function templateDocument(template: Template): DocNode {
  const content: DocNode[] = []
  for (const section of template.sections) {
    content.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: section.title }] })
    const paragraphs = section.body ?? ['']
    for (const text of paragraphs) {
      content.push(text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })
    }
  }
  return { type: 'doc', content }
}

/** Content that replaces the template's empty sections: an imported draft. */
export interface SeedContent {
  doc: DocNode
  preamble: Preamble
}

/**
 * Seeds an empty Y.Doc from `template` (or from imported `content` shaped by it): content,
 * preamble defaults (Created is `today` unless imported) and the template id. Done once, on the
 * server, at creation (DESIGN.md): never by a client.
 */
export function seedFromTemplate(ydoc: Y.Doc, template: Template, today: Date, content?: SeedContent): void {
  ydoc.transact(() => {
    writeContent(ydoc, content?.doc ?? templateDocument(template))
    writePreamble(ydoc, { ...template.preamble, Created: formatPepDate(today), ...content?.preamble })
    ydoc.getMap(META_MAP).set('template', template.id)
  })
}

/** The state of a freshly seeded document, as one Yjs update. */
export function seedUpdate(template: Template, today: Date, content?: SeedContent): Uint8Array {
  const ydoc = new Y.Doc()
  seedFromTemplate(ydoc, template, today, content)
  const update = Y.encodeStateAsUpdate(ydoc)
  ydoc.destroy()
  return update
}
