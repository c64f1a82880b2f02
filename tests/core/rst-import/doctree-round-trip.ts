import { importRst, toRst } from '@pepdraft/core'
import { beforeAll, expect, it } from 'vitest'
import { type ComparePair, compareDoctrees, type DoctreeComparison } from '../../../cli/src/corpus/compare-doctrees.js'

/** `importRst` then `toRst`: what an author gets back on export. */
export function roundTrip(original: string): string {
  const { doc, preamble } = importRst(original)
  return toRst(doc, preamble).rst
}

/**
 * One test per pair (inside the caller's `describe`): docutils reads the re-export as the same
 * document as the original (cli/src/corpus/doctree.py lists what is ignored). One Python process
 * compares them all, before the tests.
 */
export function itComesBackIdentical(pairs: readonly ComparePair[]): void {
  let results: DoctreeComparison[] = []
  beforeAll(async () => {
    results = await compareDoctrees(pairs, { diffLines: 30, processes: 1 })
  }, 120_000)

  for (const [i, pair] of pairs.entries()) {
    it(`${pair.name} comes back identical`, () => {
      const result = results[i]
      expect(result?.name).toBe(pair.name)
      expect(result?.status, [...(result?.diff ?? []), ...(result?.messages ?? []), pair.exported].join('\n')).toBe('identical')
    })
  }
}
