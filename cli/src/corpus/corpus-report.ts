import { type CorpusResult, needsAttention, worstFirst } from './corpus-result.js'

export interface CorpusSummary {
  total: number
  identical: number
  different: number
  /** Re-exports the PEP reader rejects or that add system messages. */
  unparsable: number
  crashes: number
  /** Originals docutils itself rejects: not counted against us, listed. */
  originalUnparsable: number
  /** Re-exports that importing and exporting again gives back unchanged (fixed-point.ts). */
  stable: number
  /** Mean share of body text kept as RST source, over the files the import read. */
  opaque: number | null
  /** Non-identical files per guessed reason, most frequent first. */
  reasons: [reason: string, count: number][]
}

export function summarize(results: readonly CorpusResult[]): CorpusSummary {
  const count = (status: CorpusResult['status']) => results.filter((r) => r.status === status).length
  const reasons = new Map<string, number>()
  for (const r of results) {
    if (r.status === 'identical') continue
    const key = `${r.status}:${r.reason}`
    reasons.set(key, (reasons.get(key) ?? 0) + 1)
  }
  const shares = results.flatMap((r) => (r.opaque === undefined ? [] : [r.opaque]))
  return {
    total: results.length,
    opaque: shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length,
    identical: count('identical'),
    different: count('different'),
    unparsable: count('unparsable'),
    crashes: count('crash'),
    originalUnparsable: count('original-unparsable'),
    stable: results.filter((r) => r.stable === true).length,
    reasons: [...reasons].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  }
}

/** The text `npm run corpus` prints: totals, reasons, then the worst files with a diff excerpt. */
export function formatReport(results: readonly CorpusResult[], worst: number): string {
  const s = summarize(results)
  const pct = (n: number) => (s.total === 0 ? '0.0' : ((100 * n) / s.total).toFixed(1))
  const lines = [
    `${s.total} files: ${s.identical} identical (${pct(s.identical)}%), ${s.different} different (${pct(s.different)}%), ` +
      `${s.unparsable} re-exports docutils rejects (${pct(s.unparsable)}%), ${s.crashes} crashes, ` +
      `${s.originalUnparsable} originals docutils rejects, ${s.stable} re-exports are fixed points (${pct(s.stable)}%)`,
  ]
  if (s.opaque !== null) lines.push(`body text kept as RST source (rstBlock/rstInline): ${(100 * s.opaque).toFixed(1)}% on average`)
  if (s.reasons.length > 0) lines.push(`reasons: ${s.reasons.slice(0, 12).map(([r, n]) => `${r} ${n}`).join(', ')}`)
  for (const r of worstFirst(results).slice(0, worst)) {
    if (!needsAttention(r)) break
    const notes = [
      r.reason,
      r.changes > 0 ? `${r.changes} changed lines` : '',
      r.opaque === undefined ? '' : `${(100 * r.opaque).toFixed(0)}% kept as RST source`,
      r.stable === false ? 'not a fixed point' : '',
    ]
    lines.push('', `== ${r.name}: ${r.status} (${notes.filter(Boolean).join(', ')})`)
    if (r.error) lines.push(`   ${r.error}`)
    lines.push(...r.messages.map((m) => `   new message: ${m}`))
    lines.push(...r.diff.map((line) => `   ${line.length > 160 ? `${line.slice(0, 157)}...` : line}`))
    if (r.drift) {
      const { line, exported, reexported } = r.drift
      lines.push(`   exporting the re-import changes line ${line}:`, `   - ${exported}`, `   + ${reexported}`)
    }
  }
  return lines.join('\n') + '\n'
}
