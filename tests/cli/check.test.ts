import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { VALID_PEP } from '../core/rst-file/valid-pep.js'
import { runCli } from './run-cli.js'

const PEPS = fileURLToPath(new URL('../../../shared/fixtures/peps/', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'pepdraft-cli-check-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content)
  return name
}

describe('pepdraft check', () => {
  it('passes a valid draft: no output but the summary, exit 0', async () => {
    const { code, stdout, stderr } = await runCli(['check', write('pep-9999.rst', VALID_PEP)], { cwd: dir })
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' })
  })

  it('passes a published PEP copied from python/peps, listing its warnings', async () => {
    write('pep-0008.rst', readFileSync(join(PEPS, 'pep-0008.rst')))
    const { code, stdout } = await runCli(['check', 'pep-0008.rst'], { cwd: dir })
    expect(code).toBe(0)
    expect(stdout).toMatch(/^pep-0008\.rst:1: warning preamble\.discussions-to\.missing PEP 1 asks for Discussions-To/m)
    expect(stdout).toMatch(/1 file checked: 0 errors, \d+ warnings\n$/)
  })

  it('reports each problem as file:line: severity code message and exits 1 on an error', async () => {
    const broken = VALID_PEP.replace('Status: Draft', 'Status: draft').replace('Abstract\n========', 'Abstract\n=====') + '\n'
    const { code, stdout } = await runCli(['check', write('broken.rst', broken)], { cwd: dir })
    expect(code).toBe(1)
    expect(stdout.split('\n')).toEqual([
      'broken.rst:5: error preamble.status.invalid Status is case-sensitive: write “Draft”, not “draft”.',
      expect.stringMatching(/^broken\.rst:12: error file\.heading\.underline-short The adornment of “Abstract” is 5 characters/),
      expect.stringMatching(/^broken\.rst:30: error file\.layout\.trailing-blank-lines /),
      '1 file checked: 3 errors, 0 warnings',
      '',
    ])
  })

  it('reports a file that is not UTF-8 on the line of the first bad byte', async () => {
    const latin1 = Buffer.from(VALID_PEP.replace('Ada Lovelace', 'Ada Lövelace'), 'latin1')
    const { code, stdout } = await runCli(['check', write('latin1.rst', latin1)], { cwd: dir })
    expect(code).toBe(1)
    expect(stdout).toMatch(/^latin1\.rst:3: error file\.encoding\.utf8 The file is not UTF-8/m)
  })

  it('checks several files, sums them up, and counts an unreadable file as an error', async () => {
    const published = join(PEPS, 'pep-0020.rst')
    const { code, stdout } = await runCli(['check', 'pep-9999.rst', published, 'missing.rst'], { cwd: dir })
    expect(code).toBe(1)
    expect(stdout).toContain('missing.rst: error file.read cannot read the file (ENOENT)')
    expect(stdout).toMatch(/3 files checked: 1 error, \d+ warnings\n$/)
  })

  it('exits 2 without a file to check', async () => {
    const { code, stderr } = await runCli(['check'], { cwd: dir })
    expect(code).toBe(2)
    expect(stderr).toContain('give at least one .rst file')
  })
})
