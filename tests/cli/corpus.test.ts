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
    expect(summarize(fine)).toMatchObject({ total: 3, identical: 1, different: 1, crashes: 1, unparsable: 0, stable: 2 })
    const report = formatReport(fine, 5).split('\n')
    expect(report[0]).toBe(
      '3 files: 1 identical (33.3%), 1 different (33.3%), 0 re-exports docutils rejects (0.0%), 1 crashes, 0 originals docutils rejects, ' +
        '2 re-exports are fixed points (66.7%)',
    )
    expect(report.indexOf('== pep-0003.rst: crash (import)')).toBeLessThan(report.indexOf('== pep-0002.rst: different (text, 2 changed lines)'))
    expect(report.some((line) => /^ {3}- +two$/.test(line))).toBe(true)
  })

  it('converts each re-export once more and reports the ones that change as not fixed points, with the first line that moved', async () => {
    const results = await runCorpus(dir, {
      processes: 1,
      convert: (name, original) => {
        // pep-0001 grows at every pass; pep-0002 is stable; pep-0003 cannot read its own export.
        if (name === 'pep-0001.rst') return { name, original, exported: original.replace('A paragraph', 'A paragraph, again') }
        if (name === 'pep-0002.rst') return { name, original, exported: original }
        if (original === BASE) return { name, original, exported: BASE.replace('* one', '- one') }
        return { name, original, crash: { stage: 'import', message: 'Error: boom', at: 'x' } }
      },
    })
    expect(results.map((r) => [r.name, r.status, r.reason, r.stable])).toEqual([
      ['pep-0001.rst', 'different', 'text', false],
      ['pep-0002.rst', 'identical', '', true],
      ['pep-0003.rst', 'crash', 're-import', undefined],
    ])
    expect(results[0]!.drift).toEqual({
      line: 12,
      exported: 'A paragraph, again with *emphasis*, ``code``, a `link <https://example.org/>`_ and :ref:`target`.',
      reexported: 'A paragraph, again, again with *emphasis*, ``code``, a `link <https://example.org/>`_ and :ref:`target`.',
    })
    const report = formatReport(results, 5)
    expect(report).toContain('1 re-exports are fixed points (33.3%)')
    expect(report).toContain('== pep-0001.rst: different (text, 2 changed lines, not a fixed point)\n')
    expect(report).toContain('   exporting the re-import changes line 12:\n   - A paragraph, again with')
  })

  it('lists an identical re-export that is not a fixed point after the different ones', async () => {
    const results = await runCorpus(dir, {
      only: ['pep-0001.rst', 'pep-0002.rst'],
      processes: 1,
      convert: (name, original) => ({ name, original, exported: name === 'pep-0002.rst' ? `${original}\n..\n` : original }),
    })
    expect(results.map((r) => [r.name, r.status, r.stable])).toEqual([
      ['pep-0001.rst', 'identical', true],
      ['pep-0002.rst', 'identical', false],
    ])
    const report = formatReport(results, 5).split('\n')
    expect(report).toContain('== pep-0002.rst: identical (not a fixed point)')
    expect(report).not.toContain('== pep-0001.rst: identical')
  })

  it('runs the real importer and exporter by default: a small PEP round-trips identically', async () => {
    const [result] = await runCorpus(dir, { only: ['pep-0001.rst'] })
    expect(result).toMatchObject({ name: 'pep-0001.rst', status: 'identical', diff: [], messages: [], error: null, stable: true })
    expect(result!.opaque).toBeLessThan(0.5)
  })
})
