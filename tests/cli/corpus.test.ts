import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compareDoctrees } from '../../cli/src/corpus/compare-doctrees.js'
import { formatReport, summarize } from '../../cli/src/corpus/corpus-report.js'
import { runCorpus } from '../../cli/src/corpus/run-corpus.js'

const PREAMBLE = `PEP: 9999
Title: A tiny PEP
Author: Ann Author <author@example.org>
Status: Draft
Type: Informational
Created: 01-Jan-2026
Post-History: \`02-Jan-2026 <https://discuss.python.org/t/1>\`__
`

function pep(body: string): string {
  return `${PREAMBLE}\n${body}`
}

const BASE = pep(`Abstract
========

A paragraph with *emphasis*, \`\`code\`\`, a \`link <https://example.org/>\`_ and :ref:\`target\`.

* one
* two

1. first
2. second
`)

async function statusOf(original: string, exported: string) {
  const [result] = await compareDoctrees([{ name: 'case', original, exported }], { diffLines: 8, processes: 1 })
  return result!
}

describe('the doctree comparison', () => {
  it('finds a PEP identical to itself rewrapped, re-underlined, escaped, with other bullets, enumerators, link forms and an empty comment', async () => {
    const variant = pep(`Abstract
--------

A paragraph with *emphasis*\\ ,
\`\`code\`\`, a \`link\`__
and :ref:\`target\`.

__ https://example.org/

- one
- two

(1) first
(2) second

..
`)
    const result = await statusOf(BASE, variant)
    expect(result.diff).toEqual([])
    expect(result.status).toBe('identical')
  })

  it.each([
    ['a changed word', BASE.replace('A paragraph', 'One paragraph'), 'text'],
    ['emphasis made strong', BASE.replace('*emphasis*', '**emphasis**'), 'emphasis'],
    ['a changed URI', BASE.replace('https://example.org/', 'https://example.com/'), 'reference'],
    ['a changed Sphinx role target', BASE.replace(':ref:`target`', ':ref:`other`'), 'text'],
    ['a bullet list made numbered', BASE.replace('* one\n* two', '#. one\n#. two'), 'bullet_list'],
    ['a changed preamble value', BASE.replace('Status: Draft', 'Status: Final'), 'text'],
    ['a comment added', `${BASE}\n.. a note to the editors\n`, 'comment'],
  ])('finds a PEP different from itself with %s', async (_, changed, reason) => {
    const result = await statusOf(BASE, changed)
    expect(result.status).toBe('different')
    expect(result.reason).toBe(reason)
    expect(result.diff.some((line) => /^[-+]/.test(line))).toBe(true)
  })

  it('rejects a re-export with a warning the original did not have, or one the PEP reader refuses', async () => {
    const short = await statusOf(BASE, BASE.replace('Abstract\n========', 'Abstract\n=====')) 
    expect(short).toMatchObject({ status: 'unparsable', reason: 'messages', messages: ['(2) Title underline too short.'] })
    const untitled = await statusOf(BASE, BASE.replace('Title: A tiny PEP\n', ''))
    expect(untitled).toMatchObject({ status: 'unparsable', reason: 'raises', error: 'DataError: No title!' })
  })
})

describe('the corpus runner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pepdraft-corpus-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, 'pep-0001.rst'), BASE)
  writeFileSync(join(dir, 'pep-0002.rst'), BASE)
  writeFileSync(join(dir, 'pep-0003.rst'), BASE)
  writeFileSync(join(dir, 'notes.txt'), 'not a PEP')

  it('reports each .rst file as identical, different or crashed, worst first', async () => {
    const fine = await runCorpus(dir, {
      processes: 2,
      convert: (name, original) =>
        name === 'pep-0003.rst'
          ? { name, original, crash: { stage: 'import', message: 'Error: boom', at: 'parse (x.ts:1:1)' } }
          : { name, original, exported: name === 'pep-0002.rst' ? original.replace('two', 'three') : original },
    })
    expect(fine.map((r) => [r.name, r.status])).toEqual([
      ['pep-0001.rst', 'identical'],
      ['pep-0002.rst', 'different'],
      ['pep-0003.rst', 'crash'],
    ])
    expect(summarize(fine)).toMatchObject({ total: 3, identical: 1, different: 1, crashes: 1, unparsable: 0 })
    const report = formatReport(fine, 5).split('\n')
    expect(report[0]).toBe('3 files: 1 identical (33.3%), 1 different (33.3%), 0 re-exports docutils rejects (0.0%), 1 crashes, 0 originals docutils rejects')
    expect(report.indexOf('== pep-0003.rst: crash (import)')).toBeLessThan(report.indexOf('== pep-0002.rst: different (text, 2 changed lines)'))
    expect(report.some((line) => /^ {3}- +two$/.test(line))).toBe(true)
  })

  it('runs the real importer and exporter by default: a small PEP round-trips identically', async () => {
    const [result] = await runCorpus(dir, { only: ['pep-0001.rst'] })
    expect(result).toMatchObject({ name: 'pep-0001.rst', status: 'identical', diff: [], messages: [], error: null })
    expect(result!.opaque).toBeLessThan(0.5)
  })
})
