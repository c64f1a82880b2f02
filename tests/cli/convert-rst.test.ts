import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkRstFile, importRst } from '@pepdraft/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkWithDocutils, describeProblems, isClean } from '../helpers/docutils.js'
import { runCli } from './run-cli.js'

const PEP_744_PATH = fileURLToPath(new URL('../fixtures/peps/pep-0744.rst', import.meta.url))
const PEP_744 = readFileSync(PEP_744_PATH, 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'pepdraft-cli-convert-rst-'))
beforeAll(() => {
  mkdirSync(join(dir, 'peps'))
  copyFileSync(PEP_744_PATH, join(dir, 'peps', 'pep-0744.rst'))
  copyFileSync(PEP_744_PATH, join(dir, 'pep-0744.rst'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('pepdraft convert <pep.rst>', () => {
  it('round-trips a published PEP with --to rst: docutils and our checks accept it, and it imports back to the same document', async () => {
    const { code, stdout, stderr } = await runCli(['convert', 'peps/pep-0744.rst', '--to', 'rst', '-o', '-'], { cwd: dir })
    expect(code).toBe(0)
    expect(stderr).toMatch(/\nconverted peps\/pep-0744\.rst: \d+ import notes?, \d+ export warnings?\n$|^converted peps\/pep-0744\.rst: /)
    const [result] = checkWithDocutils([{ name: 'pep-0744.rst', rst: stdout }])
    expect(isClean(result!), describeProblems(result!)).toBe(true)
    expect(checkRstFile(stdout, { today: new Date() }).filter((p) => p.severity === 'error')).toEqual([])
    const original = importRst(PEP_744)
    const again = importRst(stdout)
    expect(again.preamble).toEqual(original.preamble)
    expect(again.doc).toEqual(original.doc)
  })

  it('prints every import warning as file:line: code message', async () => {
    const { warnings } = importRst(PEP_744)
    const { code, stderr } = await runCli(['convert', 'peps/pep-0744.rst', '-o', '-'], { cwd: dir })
    expect(code).toBe(0)
    for (const warning of warnings) expect(stderr).toContain(`peps/pep-0744.rst:${warning.line}: ${warning.code} ${warning.message}\n`)
    expect(stderr).toContain(`converted peps/pep-0744.rst: ${warnings.length} import note`)
  })

  it('writes the editor’s document as JSON with --to json, named after the PEP', async () => {
    const { code, stderr } = await runCli(['convert', 'peps/pep-0744.rst', '--to', 'json'], { cwd: dir })
    expect(code).toBe(0)
    expect(stderr).toMatch(/wrote pep-0744\.json \(\d+\.\d KB\): \d+ import notes?\n$/)
    const { preamble, doc } = importRst(PEP_744)
    expect(JSON.parse(readFileSync(join(dir, 'pep-0744.json'), 'utf8'))).toEqual({ preamble, doc })
  })

  it('reads a .txt file as reStructuredText with --from rst', async () => {
    copyFileSync(PEP_744_PATH, join(dir, 'pep-0744.txt'))
    const { code, stdout } = await runCli(['convert', 'pep-0744.txt', '--from', 'rst', '--to', 'json', '-o', '-'], { cwd: dir })
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual({ preamble: importRst(PEP_744).preamble, doc: importRst(PEP_744).doc })
  })

  it('refuses to overwrite the PEP it converts, which keeps its name by default', async () => {
    const { code, stderr } = await runCli(['convert', 'pep-0744.rst'], { cwd: dir })
    expect(code).toBe(1)
    expect(stderr).toContain('pepdraft convert: not writing pep-0744.rst: it is the file being converted; choose another file with -o')
    expect(readFileSync(join(dir, 'pep-0744.rst'), 'utf8')).toBe(PEP_744)
  })

  it('exits 2 for a template with a .rst file, or an unknown input or output format', async () => {
    const cases = [
      [['convert', 'pep-0744.rst', '--template', 'process'], '--template lays out a Markdown draft; a .rst file keeps its own sections'],
      [['convert', 'pep-0744.rst', '--to', 'html'], 'unknown output format “html”: choose one of rst, json'],
      [['convert', 'pep-0744.rst', '--from', 'latex'], 'unknown input format “latex”: choose one of markdown, rst'],
    ] as const
    const results = await Promise.all(cases.map(([args]) => runCli(args, { cwd: dir })))
    results.forEach(({ code, stderr }, i) => {
      const [args, message] = cases[i]!
      expect(code, args.join(' ')).toBe(2)
      expect(stderr, args.join(' ')).toContain(message)
    })
  })
})
