import { type DocNode, type Preamble, toRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { checkWithDocutils, describeProblems, isClean } from '../../helpers/docutils.js'
import { hostileDocument, hostilePreamble } from './hostile.js'
import { createRandom } from './random.js'
import { expectedBlocks, fromDocutils, type ReadBlock } from './read-back.js'
import { smallerCases } from './shrink.js'

/** `RST_PROPERTY_SEED` and `RST_PROPERTY_CASES` replay or widen the run. */
const BASE_SEED = Number(process.env.RST_PROPERTY_SEED ?? 1_000)
const CASES = Number(process.env.RST_PROPERTY_CASES ?? 200)

export interface PropertyCase {
  seed: number
  doc: DocNode
  preamble: Preamble
}

function makeCase(seed: number): PropertyCase {
  const random = createRandom(seed)
  return { seed, doc: hostileDocument(random), preamble: hostilePreamble(random) }
}

/** For each case: why docutils disagrees with the document, or `undefined` when it agrees. */
function failures(cases: readonly PropertyCase[]): (string | undefined)[] {
  const exports = cases.map((c) => toRst(c.doc, c.preamble).rst)
  const results = checkWithDocutils(exports.map((rst, i) => ({ name: `seed ${cases[i]?.seed}`, rst })), { extract: true })
  return results.map((result, i) => {
    if (!isClean(result)) return describeProblems(result)
    const expected = expectedBlocks((cases[i] as PropertyCase).doc)
    const read = fromDocutils(result.blocks ?? [])
    return firstDifference(expected, read)
  })
}

function firstDifference(expected: readonly ReadBlock[], read: readonly ReadBlock[]): string | undefined {
  for (let i = 0; i < Math.max(expected.length, read.length); i++) {
    if (JSON.stringify(expected[i]) !== JSON.stringify(read[i])) {
      return `block ${i} differs:\n  expected ${JSON.stringify(expected[i])}\n  docutils ${JSON.stringify(read[i])}`
    }
  }
  return undefined
}

/** Shrinks a failing case to one no smaller version of which still fails (one docutils run per round). */
function shrink(failing: PropertyCase): { minimal: PropertyCase; why: string } {
  let minimal = failing
  let why = failures([failing])[0] ?? ''
  for (let round = 0; round < 200; round++) {
    const candidates = smallerCases(minimal)
    const verdicts = failures(candidates)
    const index = verdicts.findIndex((verdict) => verdict !== undefined)
    if (index < 0) break
    minimal = candidates[index] as PropertyCase
    why = verdicts[index] ?? ''
  }
  return { minimal, why }
}

describe('hostile documents survive the round trip through docutils', () => {
  const cases = Array.from({ length: CASES }, (_, i) => makeCase(BASE_SEED + i))

  it(`${CASES} seeded documents parse without warnings and read back as written`, () => {
    const verdicts = failures(cases)
    const index = verdicts.findIndex((verdict) => verdict !== undefined)
    if (index >= 0) {
      const { minimal, why } = shrink(cases[index] as PropertyCase)
      const report = [
        `seed ${minimal.seed} fails (${verdicts.filter(Boolean).length} of ${CASES} cases fail); minimal case:`,
        JSON.stringify({ doc: minimal.doc, preamble: minimal.preamble }),
        '--- export:',
        toRst(minimal.doc, minimal.preamble).rst,
        `--- ${why}`,
      ].join('\n')
      expect.fail(report)
    }
  })

  it('exports the same bytes twice, with LF line ends, no tabs, no trailing whitespace, one final newline', () => {
    for (const c of cases) {
      const first = toRst(c.doc, c.preamble).rst
      expect(toRst(c.doc, c.preamble).rst).toBe(first)
      expect(first.startsWith('PEP: ')).toBe(true)
      expect(first).not.toMatch(/[\t\r]/)
      expect(first).not.toMatch(/[ \u00a0\u3000\u2000-\u200a]$/mu)
      expect(first.endsWith('\n') && !first.endsWith('\n\n')).toBe(true)
    }
  })
})
