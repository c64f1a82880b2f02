import type { DoctreeComparison } from './compare-doctrees.js'
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
}

export function crashResult(trip: Extract<RoundTrip, { crash: object }>): CorpusResult {
  const { stage, message, at } = trip.crash
  return { name: trip.name, status: 'crash', reason: stage, diff: [], changes: 0, messages: [], error: `${message} (at ${at})` }
}

/** Crashes first, then files docutils rejects, then the most changed; identical files last. */
export function worstFirst(results: readonly CorpusResult[]): CorpusResult[] {
  const rank: Record<CorpusResult['status'], number> = { crash: 0, unparsable: 1, different: 2, 'original-unparsable': 3, identical: 4 }
  return [...results].sort((a, b) => rank[a.status] - rank[b.status] || b.changes - a.changes || a.name.localeCompare(b.name))
}
