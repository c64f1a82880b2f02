import { onTestFailed } from 'vitest'
import { mulberry32 } from './mulberry32.js'

/** A seeded pseudo-random source: the same seed replays the same abuse. */
export interface SeededRandom {
  readonly seed: number
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [0, n). */
  int(n: number): number
  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  bytes(length: number): Uint8Array
}

/** Fuzzing helpers over mulberry32: the same seed replays the same abuse. */
export function seededRandom(seed: number): SeededRandom {
  const next = mulberry32(seed)
  const int = (n: number): number => Math.floor(next() * n)
  return {
    seed,
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('cannot pick from an empty list')
      return items[int(items.length)]!
    },
    bytes: (length) => Uint8Array.from({ length }, () => int(256)),
  }
}

/**
 * The seed for this test: `PEPDRAFT_SEED` when set (to replay a failure), else `fallback`.
 * Call inside a test: a failure prints the seed and how to replay it.
 */
export function testSeed(fallback: number): number {
  const fromEnv = process.env.PEPDRAFT_SEED
  const seed = fromEnv === undefined || fromEnv === '' ? fallback : Number(fromEnv)
  if (!Number.isInteger(seed)) throw new Error(`PEPDRAFT_SEED must be an integer, got ${JSON.stringify(fromEnv)}`)
  onTestFailed(() => console.error(`this test ran with seed ${seed}; replay it with PEPDRAFT_SEED=${seed}`))
  return seed
}
