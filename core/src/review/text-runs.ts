import * as Y from 'yjs'

/** A place in the content: a Y type and an index in it, as Yjs resolves a relative position. */
export interface YPoint {
  type: Y.AbstractType<unknown>
  index: number
}

/** One stretch of an XmlText to format: `[from, to)`. */
export interface TextRun {
  text: Y.XmlText
  from: number
  to: number
}

/** Every XmlText under `root`, in document order. */
export function textsInOrder(root: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  const texts: Y.XmlText[] = []
  for (const child of root.toArray()) {
    if (child instanceof Y.XmlText) texts.push(child)
    else if (child instanceof Y.XmlElement) texts.push(...textsInOrder(child))
  }
  return texts
}

/** Whether `node` is `ancestor` or lies inside it. */
function within(node: Y.AbstractType<unknown>, ancestor: Y.AbstractType<unknown>): boolean {
  for (let at: Y.AbstractType<unknown> | null = node; at; at = at.parent as Y.AbstractType<unknown> | null) {
    if (at === ancestor) return true
  }
  return false
}

/**
 * Where a point falls in the ordered texts: its text and offset, or — for a point between
 * elements — the first text after it (`edge: 'start'`) or the end of the last text before it.
 */
function locate(texts: Y.XmlText[], point: YPoint, edge: 'start' | 'end'): { at: number; offset: number } | undefined {
  if (point.type instanceof Y.XmlText) {
    const at = texts.indexOf(point.type)
    return at < 0 ? undefined : { at, offset: point.index }
  }
  const parent = point.type as Y.XmlElement | Y.XmlFragment
  const after = parent.toArray().slice(point.index)
  const firstAfter = texts.findIndex((t) => after.some((child) => within(t as Y.AbstractType<unknown>, child as Y.AbstractType<unknown>)))
  if (edge === 'start') return firstAfter < 0 ? undefined : { at: firstAfter, offset: 0 }
  const lastBefore = (firstAfter < 0 ? texts.length : firstAfter) - 1
  return lastBefore < 0 ? undefined : { at: lastBefore, offset: texts[lastBefore]!.length }
}

/** The text runs between two points, in order; empty when the range is empty or inverted. */
export function runsBetween(root: Y.XmlFragment, from: YPoint, to: YPoint): TextRun[] {
  const texts = textsInOrder(root)
  const start = locate(texts, from, 'start')
  const end = locate(texts, to, 'end')
  if (!start || !end) return []
  const runs: TextRun[] = []
  for (let at = start.at; at <= end.at; at++) {
    const text = texts[at]!
    const runFrom = at === start.at ? start.offset : 0
    const runTo = at === end.at ? end.offset : text.length
    if (runTo > runFrom) runs.push({ text, from: runFrom, to: runTo })
  }
  return runs
}

/** The plain text of runs, paragraphs joined by a newline. */
export function runsText(runs: TextRun[]): string {
  return runs
    .map((run) => {
      const delta = run.text.toDelta() as { insert: unknown }[]
      const plain = delta.map((d) => (typeof d.insert === 'string' ? d.insert : '')).join('')
      return plain.slice(run.from, run.to)
    })
    .join('\n')
}
