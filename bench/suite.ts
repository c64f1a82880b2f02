/** One line of the benchmark table. Timings in milliseconds; absent values print as "–". */
export interface Row {
  suite: string
  case: string
  runs?: number
  medianMs?: number
  p95Ms?: number
  /** Preformatted, with its unit: `2 450 KB/s`. */
  throughput?: string
  note?: string
}

/**
 * A benchmark suite: a module exporting one of these, listed in `run.ts`. Suites are bounded
 * (fixed run counts, loopback only) so `npm run bench` stays around a minute.
 */
export interface Suite {
  name: string
  run(): Promise<Row[]>
}
