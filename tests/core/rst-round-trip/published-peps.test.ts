import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importRst, toRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { compareDoctrees } from '../../../cli/src/corpus/compare-doctrees.js'

/**
 * Real published PEPs (public domain / CC0, copied from python/peps) through import and export.
 * Each re-export is a golden file in `round-trip/`, reviewed by reading; `UPDATE_GOLDENS=1`
 * rewrites them, never silently. The doctree check is the measure: docutils must read the
 * re-export as the same document as the original (cli/src/corpus/doctree.py lists what is ignored).
 */
const PEPS = fileURLToPath(new URL('../../fixtures/peps/', import.meta.url))
const GOLDENS = join(PEPS, 'round-trip')
const UPDATE = process.env.UPDATE_GOLDENS === '1'

/** Chosen for what they hold: PEP 12's every construct, PEP 8's size, PEP 744's substitutions… */
const CASES = ['pep-0008', 'pep-0012', 'pep-0020', 'pep-0387', 'pep-0744', 'pep-0779']

function roundTripped(name: string): { original: string; exported: string } {
  const original = readFileSync(join(PEPS, `${name}.rst`), 'utf8')
  const { doc, preamble } = importRst(original)
  return { original, exported: toRst(doc, preamble).rst }
}

describe('published PEPs round-trip through import and export', () => {
  const results = CASES.map((name) => ({ name, ...roundTripped(name) }))

  it.each(CASES)('%s re-exports as its reviewed golden file', (name) => {
    const { exported } = results.find((r) => r.name === name)!
    const golden = join(GOLDENS, `${name}.rst`)
    if (UPDATE || !existsSync(golden)) {
      mkdirSync(GOLDENS, { recursive: true })
      writeFileSync(golden, exported)
      if (!UPDATE) throw new Error(`${golden} was missing and has been written: read it, then run again`)
    }
    expect(exported).toBe(readFileSync(golden, 'utf8'))
  })

  it('every re-export parses to the same docutils doctree as its original', async () => {
    const compared = await compareDoctrees(
      results.map(({ name, original, exported }) => ({ name, original, exported })),
      { diffLines: 12, processes: 1 },
    )
    const differing = compared.filter((c) => c.status !== 'identical')
    expect(differing.map((c) => `${c.name}: ${c.status} (${c.reason})\n${c.diff.join('\n')}`)).toEqual([])
  }, 120_000)

  it('importing a re-export gives back the same document and preamble', () => {
    for (const { name, original, exported } of results) {
      const first = importRst(original)
      const second = importRst(exported)
      expect(second.doc, name).toEqual(first.doc)
      expect(second.preamble, name).toEqual(first.preamble)
    }
  })
})
