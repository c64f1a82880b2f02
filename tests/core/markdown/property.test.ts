import { findTemplate, fromMarkdown, type MarkdownImport, pepSchema, toRst } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { checkWithDocutils, describeProblems, isClean } from '../../helpers/docutils.js'
import { BASE_PREAMBLE } from './fixtures.js'
import { HOSTILE_MARKDOWN, randomMarkdown } from './generator.js'
import { documentText, droppedText, markdownText, missingWords, preambleText } from './words.js'

/** `MD_PROPERTY_SEED` and `MD_PROPERTY_CASES` replay or widen the run (hostile inputs follow the seeded ones). */
const BASE_SEED = Number(process.env.MD_PROPERTY_SEED ?? 5_000)
const CASES = Number(process.env.MD_PROPERTY_CASES ?? 200)
const TEMPLATE_IDS = ['standards-track', 'informational', 'process']

interface Case {
  seed: number
  markdown: string
  imported: MarkdownImport
}

describe('random Markdown drafts import into valid documents', () => {
  const cases: Case[] = []

  it(`${CASES} seeded drafts and ${HOSTILE_MARKDOWN.length} hostile inputs import without throwing`, () => {
    const inputs = [...Array.from({ length: CASES }, (_, i) => randomMarkdown(BASE_SEED + i)), ...HOSTILE_MARKDOWN]
    for (const [i, markdown] of inputs.entries()) {
      const seed = BASE_SEED + i
      const template = findTemplate(TEMPLATE_IDS[seed % TEMPLATE_IDS.length] as string)
      if (!template) throw new Error('missing template')
      let imported: MarkdownImport
      try {
        imported = fromMarkdown(markdown, { template })
      } catch (error) {
        expect.fail(`seed ${seed} throws ${String(error)}\n--- markdown:\n${markdown}`)
      }
      cases.push({ seed, markdown, imported })
    }
    expect(cases).toHaveLength(CASES + HOSTILE_MARKDOWN.length)
  })

  it('every document is accepted by the schema', () => {
    for (const { seed, markdown, imported } of cases) {
      try {
        pepSchema().nodeFromJSON(imported.doc).check()
      } catch (error) {
        expect.fail(`seed ${seed}: ${String(error)}\n--- markdown:\n${markdown}`)
      }
    }
  })

  it('no word is lost without a report item', () => {
    for (const { seed, markdown, imported } of cases) {
      const kept = [documentText(imported.doc), preambleText(imported.preamble), droppedText(imported.report.items)].join('\n')
      expect(missingWords(markdownText(markdown), kept), `seed ${seed}\n--- markdown:\n${markdown}`).toEqual([])
    }
  })

  it('every export parses in docutils without a warning (one batch)', () => {
    const files = cases.map(({ seed, imported }) => ({
      name: `seed ${seed}`,
      rst: toRst(imported.doc, { ...BASE_PREAMBLE, ...imported.preamble }).rst,
    }))
    const results = checkWithDocutils(files)
    const failing = results.map((result, i) => ({ result, c: cases[i] as Case })).filter(({ result }) => !isClean(result))
    const first = failing[0]
    if (first) {
      expect.fail(
        `${failing.length} of ${cases.length} exports fail; first: ${describeProblems(first.result)}\n--- markdown:\n${first.c.markdown}\n--- rst:\n${toRst(first.c.imported.doc, { ...BASE_PREAMBLE, ...first.c.imported.preamble }).rst}`,
      )
    }
  })
})
