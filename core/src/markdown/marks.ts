import type { DocMark } from '../document/json.js'
import { pepSchema } from '../schema/schema.js'

export interface MarkResult {
  marks: DocMark[]
  /** Marks the schema made room for the new one by removing, or the new one if it lost. */
  excluded: string[]
}

function markType(name: string) {
  const type = pepSchema().marks[name]
  if (!type) throw new Error(`Unknown mark type: ${JSON.stringify(name)}`)
  return type
}

/**
 * `marks` plus `mark`, in schema rank order, following the schema's exclusions: an inline literal
 * excludes bold, italic and link (docutils cannot nest inline markup), a second link replaces the first.
 * `keep` says which side survives an exclusion: the new mark ('new') or the ones already there ('old').
 */
export function withMark(marks: readonly DocMark[], mark: DocMark, keep: 'new' | 'old' = 'new'): MarkResult {
  const type = markType(mark.type)
  const clashing = marks.filter((m) => m.type === mark.type || type.excludes(markType(m.type)) || markType(m.type).excludes(type))
  const replacesSame = clashing.length === 1 && clashing[0]?.type === mark.type
  if (clashing.length > 0 && keep === 'old' && !replacesSame) {
    return { marks: [...marks], excluded: [mark.type] }
  }
  const kept = marks.filter((m) => !clashing.includes(m))
  const next = [...kept, mark].sort((a, b) => rankOf(a.type) - rankOf(b.type))
  return { marks: next, excluded: replacesSame ? [] : clashing.map((m) => m.type) }
}

/** ProseMirror keeps a node's marks in the order the schema lists them. */
function rankOf(name: string): number {
  return Object.keys(pepSchema().marks).indexOf(name)
}

export function sameMarks(a: readonly DocMark[] | undefined, b: readonly DocMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? [])
}
