import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import type { Preamble } from '../preamble/fields.js'
import { CONTENT_FIELD, META_MAP, PREAMBLE_MAP } from '../schema/fields.js'
import { pepSchema } from '../schema/schema.js'
import type { DocNode } from './json.js'

/** Writes `doc` into the (empty) content fragment of `ydoc`, in one transaction. */
export function writeContent(ydoc: Y.Doc, doc: DocNode): void {
  prosemirrorJSONToYXmlFragment(pepSchema(), doc, ydoc.getXmlFragment(CONTENT_FIELD))
}

/** The content fragment of `ydoc` as ProseMirror JSON. */
export function readContent(ydoc: Y.Doc): DocNode {
  return yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(CONTENT_FIELD)) as DocNode
}

export function readPreamble(ydoc: Y.Doc): Preamble {
  return ydoc.getMap(PREAMBLE_MAP).toJSON() as Preamble
}

/** Sets the given headers; `undefined` or '' removes one (an empty optional header fails, PEP-RULES.md §1). */
export function writePreamble(ydoc: Y.Doc, values: Preamble): void {
  const map = ydoc.getMap(PREAMBLE_MAP)
  ydoc.transact(() => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined || value === '') map.delete(name)
      else map.set(name, value)
    }
  })
}

export function readTemplateId(ydoc: Y.Doc): string | undefined {
  const id = ydoc.getMap(META_MAP).get('template')
  return typeof id === 'string' ? id : undefined
}
