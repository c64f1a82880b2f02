import type { Node as PMNode } from '@tiptap/pm/model'

/** A stretch of text carrying one thread's comment mark. */
export interface AnchorRun {
  threadId: string
  from: number
  to: number
}

/** Every run of commented text in document order; overlapping threads give one run each. */
export function anchorRuns(doc: PMNode): AnchorRun[] {
  const runs: AnchorRun[] = []
  doc.descendants((node, pos) => {
    if (!node.isInline) return true
    for (const mark of node.marks) {
      const threadId: unknown = mark.attrs.threadId
      if (mark.type.name !== 'comment' || typeof threadId !== 'string') continue
      const previous = runs.findLast((run) => run.threadId === threadId)
      if (previous && previous.to === pos) previous.to = pos + node.nodeSize
      else runs.push({ threadId, from: pos, to: pos + node.nodeSize })
    }
    return false
  })
  return runs
}

/**
 * Thread ids in the order their text first appears. A thread not listed is "on deleted text":
 * derived from the document every time, never stored (DESIGN.md).
 */
export function threadsInDocumentOrder(doc: PMNode): string[] {
  return [...new Set(anchorRuns(doc).map((run) => run.threadId))]
}

/** From the first to the last character carrying the thread's mark, or `undefined` when detached. */
export function threadRange(doc: PMNode, threadId: string): { from: number; to: number } | undefined {
  const runs = anchorRuns(doc).filter((run) => run.threadId === threadId)
  if (runs.length === 0) return undefined
  return { from: Math.min(...runs.map((r) => r.from)), to: Math.max(...runs.map((r) => r.to)) }
}
