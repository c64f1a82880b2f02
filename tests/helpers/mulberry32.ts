/**
 * mulberry32 (Tommy Ettinger): a seeded uniform source in [0, 1) with 32 bits of state, so a
 * fuzz case or a benchmark's write schedule replays from its seed. No vitest import: the
 * benchmarks use it too.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
