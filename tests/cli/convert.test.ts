import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatPepDate } from '@pepdraft/core'
import { afterAll, describe, expect, it } from 'vitest'
import { checkWithDocutils, describeProblems, isClean } from '../helpers/docutils.js'
import { runCli } from './run-cli.js'

const MARKDOWN_FIXTURES = fileURLToPath(new URL('../fixtures/markdown/', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'pepdraft-cli-convert-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content)
  return name
}

function expectDocutilsAccepts(name: string, rst: string): void {
  const [result] = checkWithDocutils([{ name, rst }])
  expect(isClean(result!), describeProblems(result!)).toBe(true)
}

/** A draft as an author keeps it in a gist: front matter, sections, code, a table, an image. */
const GIST_DRAFT = `---
PEP: 812
Title: Frozen dataclass slots by default
Author: Ada Lovelace <ada@example.com>
Created: 2025-03-04
---

## Abstract

Make \`slots=True\` the default for frozen dataclasses.

## Motivation

Memory matters:

| Fields | Without slots | With slots |
| --- | ---: | ---: |
| 2 | 152 | 56 |

\`\`\`python
@dataclass(frozen=True)
class Point:
    x: int
    y: int
\`\`\`

![memory chart](https://example.com/chart.png)
`

describe('pepdraft convert <draft.md>', () => {
  it('writes pep-NNNN.rst named from the preamble, which docutils accepts, and prints the import report', async () => {
    copyFileSync(join(MARKDOWN_FIXTURES, 'discourse-post.md'), join(dir, 'discourse-post.md'))
    const before = formatPepDate(new Date())
    const { code, stdout, stderr } = await runCli(['convert', 'discourse-post.md'], { cwd: dir })
    const days = [before, formatPepDate(new Date())]
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toContain('discourse-post.md:1: title-from-heading The leading heading “PEP 9999: Lazy imports')
    expect(stderr).toMatch(/discourse-post\.md: header-missing \[Author\] The required header Author is empty\./)
    expect(stderr).toMatch(/\nwrote pep-9999\.rst \(\d+\.\d KB\): 1 import note, 1 export warning\n$/)
    const rst = readFileSync(join(dir, 'pep-9999.rst'), 'utf8')
    expect(rst).toMatch(/^PEP: 9999\nTitle: Lazy imports for the standard library\n/)
    // The draft has no Created: it is the day of the conversion, as when the app imports it.
    expect(days).toContain(/\nCreated: (.*)\n/.exec(rst)?.[1])
    expect(rst).toContain('\nAbstract\n========\n\nThis PEP proposes a ``lazy import`` statement')
    expect(rst).toContain('.. code-block:: python\n\n    lazy import json\n')
    expectDocutilsAccepts('pep-9999.rst', rst)
  })

  it('converts a gist with front matter, a table, code and an image, reporting the image on its line', async () => {
    write('gist.md', GIST_DRAFT)
    const { code, stderr } = await runCli(['convert', 'gist.md', '--template', 'informational'], { cwd: dir })
    expect(code).toBe(0)
    expect(stderr.split('\n')).toEqual([
      'gist.md:5: header-normalized Created: the date 2025-03-04 is written 04-Mar-2025, as PEP 1 asks.',
      expect.stringMatching(/^gist\.md:27: image Images are not supported in a PEP; “!\[memory chart\]\(.*became a link to https:\/\/example\.com\/chart\.png\.$/),
      expect.stringMatching(/^wrote pep-0812\.rst \(\d+ bytes\): 2 import notes, 0 export warnings$/),
      '',
    ])
    const rst = readFileSync(join(dir, 'pep-0812.rst'), 'utf8')
    expect(rst).toMatch(/^PEP: 812\nTitle: Frozen dataclass slots by default\nAuthor: Ada Lovelace <ada@example.com>\n/)
    expect(rst).toContain('\nType: Informational\nCreated: 04-Mar-2025\n')
    expect(rst).toContain('.. list-table::\n    :header-rows: 1\n\n    * - Fields\n')
    expect(rst).toContain('.. code-block:: python\n\n    @dataclass(frozen=True)\n')
    expect(rst).toContain('`memory chart <https://example.com/chart.png>`__')
    expectDocutilsAccepts('pep-0812.rst', rst)
  })

  it('writes the PEP to standard output with -o -, and to a chosen file with -o', async () => {
    write('to-stdout.md', GIST_DRAFT)
    const toStdout = await runCli(['convert', 'to-stdout.md', '-o', '-'], { cwd: dir })
    expect(toStdout.code).toBe(0)
    expect(toStdout.stdout).toMatch(/^PEP: 812\n/)
    expect(toStdout.stderr).toMatch(/\nconverted to-stdout\.md: 2 import notes, 0 export warnings\n$/)
    mkdirSync(join(dir, 'out'), { recursive: true })
    const toFile = await runCli(['convert', '--output', 'out/chosen.rst', 'to-stdout.md'], { cwd: dir })
    expect(toFile.code).toBe(0)
    expect(readFileSync(join(dir, 'out/chosen.rst'), 'utf8')).toBe(toStdout.stdout)
  })

  it('exits 1 with the reason when the draft cannot be read, and writes nothing', async () => {
    write('latin1.md', Buffer.from('# PEP 9990: Caf\u00e9\n', 'latin1'))
    mkdirSync(join(dir, 'folder.md'), { recursive: true })
    const [missing, directory, latin1] = await Promise.all(
      ['no-such-draft.md', 'folder.md', 'latin1.md'].map((file) => runCli(['convert', file], { cwd: dir })),
    )
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'pepdraft convert: cannot read no-such-draft.md: no such file (ENOENT)\n' })
    expect(directory!.code).toBe(1)
    expect(directory!.stderr).toContain('cannot read folder.md: it is a directory (EISDIR)')
    expect(latin1!.code).toBe(1)
    expect(latin1!.stderr).toContain('cannot read latin1.md: it is not UTF-8 text')
    expect(existsSync(join(dir, 'pep-9990.rst'))).toBe(false)
  })

  it('refuses to overwrite the draft with its own conversion', async () => {
    write('pep-0001.rst', GIST_DRAFT)
    const { code, stderr } = await runCli(['convert', 'pep-0001.rst', '-o', './pep-0001.rst'], { cwd: dir })
    expect(code).toBe(1)
    expect(stderr).toContain('it is the file being converted')
    expect(readFileSync(join(dir, 'pep-0001.rst'), 'utf8')).toBe(GIST_DRAFT)
  })

  it('exits 2 without a draft, with two drafts, or with an unknown template', async () => {
    const cases = [
      [['convert'], 'give the Markdown draft or the .rst file to convert'],
      [['convert', 'a.md', 'b.md'], 'convert takes one file, got 2 arguments'],
      [['convert', 'gist.md', '--template', 'pep'], 'unknown template “pep”: choose one of standards-track, informational, process'],
      [['convert', 'gist.md', '--template'], "Option '--template <value>' argument missing"],
    ] as const
    const results = await Promise.all(cases.map(([args]) => runCli(args, { cwd: dir })))
    results.forEach(({ code, stderr }, i) => {
      const [args, message] = cases[i]!
      expect(code, args.join(' ')).toBe(2)
      expect(stderr, args.join(' ')).toContain(message)
      expect(stderr, args.join(' ')).toContain('Run "pepdraft convert --help"')
    })
  })
})
