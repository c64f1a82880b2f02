/** How many times to run a case: untimed warm-up runs (JIT, caches), then timed runs. */
export interface RunPlan {
  warmup: number
  runs: number
}

export interface Timing {
  runs: number
  medianMs: number
  p95Ms: number
}

/** Times `fn` `plan.runs` times after `plan.warmup` untimed runs, sequentially. */
export async function timeRuns(fn: () => unknown, plan: RunPlan): Promise<Timing> {
  for (let i = 0; i < plan.warmup; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < plan.runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return summarize(samples)
}

export function summarize(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('summarize needs at least one sample')
  return { runs: samples.length, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95) }
}

/** Nearest-rank percentile: the smallest sample with at least `p`% of samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]!
}

/** `2 450 KB/s` for `bytes` processed in `ms`. */
export function throughput(bytes: number, ms: number): string {
  const kbPerSecond = bytes / 1024 / (ms / 1000)
  return `${Math.round(kbPerSecond).toLocaleString('en-US').replace(/,/g, ' ')} KB/s`
}
