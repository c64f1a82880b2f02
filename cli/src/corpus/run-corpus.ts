import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareDoctrees } from './compare-doctrees.js'
import { type CorpusResult, crashResult } from './corpus-result.js'
import { driftOf } from './fixed-point.js'
import { type RoundTrip, roundTrip } from './round-trip.js'

export interface CorpusOptions {
  /** File names to keep (`pep-0008.rst`); all `*.rst` files when absent. */
  only?: readonly string[]
  diffLines?: number
  cache?: string
  processes?: number
  /** The conversion under test; the importer then the exporter unless a test or experiment says. */
  convert?: (name: string, original: string) => RoundTrip
}

/**
 * Every `*.rst` of `dir` imported, re-exported and compared with docutils, sorted by name; each
 * re-export converted once more to check that it is a fixed point.
 */
export async function runCorpus(dir: string, options: CorpusOptions = {}): Promise<CorpusResult[]> {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.rst'))
    .filter((name) => !options.only || options.only.includes(name))
    .sort()
  const convert = options.convert ?? roundTrip
  const trips = names.map((name) => convert(name, readFileSync(join(dir, name), 'utf8')))
  const seconds = new Map(trips.flatMap((trip) => (trip.crash ? [] : [[trip.name, convert(trip.name, trip.exported)] as const])))
  const pairs = trips.flatMap((trip) => (trip.crash ? [] : [{ name: trip.name, original: trip.original, exported: trip.exported }]))
  const compared = new Map(
    (await compareDoctrees(pairs, { diffLines: options.diffLines ?? 12, cache: options.cache, processes: options.processes ?? 2 })).map(
      (result) => [result.name, result],
    ),
  )
  return trips.map((trip): CorpusResult => {
    if (trip.crash) return crashResult(trip)
    const second = seconds.get(trip.name)!
    if (second.crash) return crashResult(second, 'second')
    const { status, reason, diff, changes, messages, error } = compared.get(trip.name)!
    const drift = driftOf(trip.exported, second.exported)
    return { name: trip.name, status, reason, diff, changes, messages, error, opaque: trip.opaque, stable: drift === undefined, ...(drift && { drift }) }
  })
}
