import * as Y from 'yjs'
import { CONTENT_FIELD } from '../schema/fields.js'

/** The title of the level-1 section holding `node`, if any: the nearest level-1 heading before it. */
export function sectionOf(ydoc: Y.Doc, node: Y.AbstractType<unknown>): string | undefined {
  const fragment = ydoc.getXmlFragment(CONTENT_FIELD)
  let top: Y.AbstractType<unknown> = node
  while (top.parent && top.parent !== fragment) top = top.parent as Y.AbstractType<unknown>
  const blocks = fragment.toArray()
  for (let i = blocks.indexOf(top as Y.XmlElement) - 1; i >= 0; i--) {
    const block = blocks[i]
    if (block instanceof Y.XmlElement && block.nodeName === 'heading' && Number(block.getAttribute('level')) === 1) {
      return block.toArray().map((t) => (t instanceof Y.XmlText ? t.toDelta().map((d: { insert: unknown }) => (typeof d.insert === 'string' ? d.insert : '')).join('') : '')).join('')
    }
  }
  return undefined
}
