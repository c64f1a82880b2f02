import type { DoctreeComparison } from './compare-doctrees.js'
import type { Drift } from './fixed-point.js'
import type { RoundTrip } from './round-trip.js'

/** One file's outcome: a crash in our code, or what docutils made of the re-export. */
export interface CorpusResult {
  name: string
  status: 'crash' | DoctreeComparison['status']
  reason: string
  diff: string[]
  changes: number
  messages: string[]
  error: string | null
  /** Share of the body's text kept as RST source (opaque-share.ts), when the import ran. */
  opaque?: number
  /** Whether importing the re-export and exporting again gives it back; absent after a crash. */
  stable?: boolean
  /** Where that second re-export first differs, when it is not stable. */
  drift?: Drift
}

/** A crash in the first round trip (`import`, `export`) or in the second, of the re-export (`re-import`, `re-export`). */
export function crashResult(trip: Extract<RoundTrip, { crash: object }>, round: 'first' | 'second' = 'first'): CorpusResult {
  const { stage, message, at } = trip.crash
  const reason = round === 'first' ? stage : `re-${stage}`
  return { name: trip.name, status: 'crash', reason, diff: [], changes: 0, messages: [], error: `${message} (at ${at})` }
}

/** Whether the report lists the file: anything but an identical doctree from a fixed point. */
export function needsAttention(result: CorpusResult): boolean {
  return result.status !== 'identical' || result.stable === false
}

/** Crashes first, then files docutils rejects, then the most changed, then unstable ones; identical files last. */
export function worstFirst(results: readonly CorpusResult[]): CorpusResult[] {
  const rank: Record<CorpusResult['status'], number> = { crash: 0, unparsable: 1, different: 2, 'original-unparsable': 3, identical: 4 }
  const unstable = (r: CorpusResult) => (r.stable === false ? 0 : 1)
  return [...results].sort(
    (a, b) => rank[a.status] - rank[b.status] || b.changes - a.changes || unstable(a) - unstable(b) || a.name.localeCompare(b.name),
  )
}
