import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { Preamble } from '../preamble/fields.js'
import { CONTENT_FIELD, META_MAP, PREAMBLE_MAP } from '../schema/fields.js'
import { pepSchema } from '../schema/schema.js'
import type { DocNode } from './json.js'

/** Writes `doc` into the (empty) content fragment of `ydoc`, in one transaction. */
export function writeContent(ydoc: Y.Doc, doc: DocNode): void {
  const fragment = ydoc.getXmlFragment(CONTENT_FIELD)
  ydoc.transact(() => {
    prosemirrorJSONToYXmlFragment(pepSchema(), doc, fragment)
    giveEmptyTextblocksAText(fragment)
  })
}

/**
 * y-tiptap stores an empty paragraph as an element with no text child. Two authors typing into it
 * at once would each create their own Y.XmlText there (text duplicated and carets thrown to the
 * next block, as yjs/y-prosemirror#161 shows); with one shared empty Y.XmlText their keystrokes
 * merge character by character. Template sections start empty, so this matters from the start.
 */
function giveEmptyTextblocksAText(parent: Y.XmlFragment | Y.XmlElement): void {
  const schema = pepSchema()
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue
    if (child.length === 0 && schema.nodes[child.nodeName]?.isTextblock) child.insert(0, [new Y.XmlText()])
    else giveEmptyTextblocksAText(child)
  }
}

/** The content fragment of `ydoc` as ProseMirror JSON, shaped like `editor.getJSON()`. */
export function readContent(ydoc: Y.Doc): DocNode {
  return withoutEmptyContent(yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(CONTENT_FIELD)) as DocNode)
}

/** An empty Y.XmlText reads as `content: []`; ProseMirror's own JSON leaves `content` out. */
function withoutEmptyContent(node: DocNode): DocNode {
  if (!node.content) return node
  if (node.content.length === 0) {
    const { content: _empty, ...rest } = node
    return rest
  }
  return { ...node, content: node.content.map(withoutEmptyContent) }
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
