import { readdirSync, readFileSync } from 'node:fs'
import { checkRstFile, decodeRstBytes, type FileProblem } from '@pepdraft/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { findHeadings } from '../../../core/src/rst-file/headings.js'
import { readPreambleBlock } from '../../../core/src/rst-file/preamble-block.js'
import { sourceLines } from '../../../core/src/rst-file/source-lines.js'
import { checkWithDocutils } from '../../helpers/docutils.js'

const PEPS = new URL('../../../../shared/fixtures/peps/', import.meta.url)
/** After the newest date in the fixtures (Aug 2026), so no date is "in the future". */
const TODAY = new Date(Date.UTC(2026, 8, 1))

const files = readdirSync(PEPS)
  .filter((name) => /^pep-\d{4}\.rst$/.test(name))
  .sort()

/**
 * The codes published PEPs trigger. Old PEPs predate some current rules, so warnings are
 * expected; each has a reason here. A new code showing up means a rule changed or misfires.
 */
const EXPECTED_CODES = {
  // Many older PEPs use ~, ^ or overlined titles; docutils accepts any consistent set.
  'file.heading.adornment': 'warning',
  // Short titles such as "API" with a 3-character underline.
  'file.heading.underline-min': 'warning',
  // PEP 3146: (`-fprofile-generate`), missed by python/peps' rst-backticks regex.
  'file.markup.default-role': 'warning',
  // 88 PEPs keep BDFL-Delegate, which check-peps still accepts.
  'file.preamble.legacy-header': 'warning',
  // PEP 694 wraps Post-History without commas; check-peps does not require them there.
  'file.preamble.post-history-comma': 'warning',
  // PEP 1 asks for these; older PEPs have none or bare dates.
  'preamble.discussions-to.missing': 'warning',
  'preamble.post-history.missing': 'warning',
  'preamble.post-history.url-missing': 'warning',
  // PEP 401's "April Fool!" is not a PEP 1 status (check-peps has it as a special case).
  'preamble.status.invalid': 'error',
} as const

describe(`checkRstFile on the ${files.length} published PEPs`, () => {
  const found = new Map<string, FileProblem[]>()
  beforeAll(() => {
    for (const file of files) {
      const { text, problems } = decodeRstBytes(readFileSync(new URL(file, PEPS)))
      found.set(file, [...problems, ...checkRstFile(text, { today: TODAY })])
    }
    const counts = new Map<string, { files: number; problems: number }>()
    for (const problems of found.values()) {
      for (const code of new Set(problems.map((p) => p.code))) {
        const count = counts.get(code) ?? { files: 0, problems: 0 }
        counts.set(code, { files: count.files + 1, problems: count.problems + problems.filter((p) => p.code === code).length })
      }
    }
    console.info([...counts].sort().map(([code, c]) => `${code}: ${c.problems} in ${c.files} files`).join('\n'))
  })

  it('reads every fixture', () => {
    expect(files.length).toBe(736)
  })

  it('finds no error in any preamble block, layout, title or link of a published PEP', () => {
    const fileErrors = [...found].flatMap(([file, problems]) =>
      problems.filter((p) => p.severity === 'error' && p.code.startsWith('file.')).map((p) => `${file}:${p.line} ${p.code} ${p.message}`),
    )
    expect(fileErrors).toEqual([])
  })

  it('triggers exactly the expected codes, with the expected severities', () => {
    const triggered = new Map<string, string>()
    for (const problems of found.values()) for (const p of problems) triggered.set(p.code, p.severity)
    expect(Object.fromEntries([...triggered].sort())).toEqual(EXPECTED_CODES)
  })

  it('reports one error in all: PEP 401’s April Fool status', () => {
    const errors = [...found].flatMap(([file, problems]) => problems.filter((p) => p.severity === 'error').map((p) => `${file}:${p.line} ${p.code}`))
    expect(errors).toEqual(['pep-0401.rst:4 preamble.status.invalid'])
  })
})

describe('section titles agree with docutils', () => {
  // Every 12th PEP, and two with edge cases (one-letter titles, a title right after an underline).
  // PEPs 484 and 593 are left out: docutils 0.19 takes minutes on them.
  const sample = [...new Set([...files.filter((_, i) => i % 12 === 0), 'pep-0450.rst', 'pep-0650.rst'])].filter(
    (file) => file !== 'pep-0484.rst' && file !== 'pep-0593.rst',
  )

  it(`finds the titles docutils finds in ${sample.length} PEPs`, () => {
    const texts = sample.map((name) => ({ name, rst: readFileSync(new URL(name, PEPS), 'utf8') }))
    const results = checkWithDocutils(texts, { extract: true })
    const mismatches = texts.flatMap(({ name, rst }, i) => {
      // A section title sits directly in its section; tables and topics have titles too.
      const theirs = (results[i]?.blocks ?? []).filter(
        ([kind, containers]) => kind === 'title' && containers.length === 1 && containers[0]!.startsWith('section:'),
      )
      const lines = sourceLines(rst)
      const ours = findHeadings(lines, readPreambleBlock(lines).bodyStart).filter((h) => !h.readAsText)
      return ours.length === theirs.length ? [] : [`${name}: ${ours.length} titles, docutils ${theirs.length}`]
    })
    expect(mismatches).toEqual([])
  })
})
