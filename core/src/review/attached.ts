import type { DocNode } from '../document/json.js'

/**
 * The ids of threads whose comment mark is still on some text. A thread whose text was deleted is
 * "on deleted text": derived from the content every time, never stored (DESIGN.md).
 */
export function attachedThreadIds(doc: DocNode): Set<string> {
  const ids = new Set<string>()
  const visit = (node: DocNode): void => {
    for (const mark of node.marks ?? []) {
      const threadId = mark.attrs?.threadId
      if (mark.type === 'comment' && typeof threadId === 'string') ids.add(threadId)
    }
    node.content?.forEach(visit)
  }
  visit(doc)
  return ids
}
