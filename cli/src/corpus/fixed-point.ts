/** Where a second re-export first differs from the first one: 1-based line, each side's text. */
export interface Drift {
  line: number
  exported: string
  reexported: string
}

/**
 * Whether export∘import is a fixed point on `exported`: an author who re-imports the export and
 * exports again gets the same text. `undefined` when it is; else the first line that moved.
 */
export function driftOf(exported: string, reexported: string): Drift | undefined {
  if (exported === reexported) return undefined
  const a = exported.split('\n')
  const b = reexported.split('\n')
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return { line: i + 1, exported: a[i] ?? '', reexported: b[i] ?? '' }
}
