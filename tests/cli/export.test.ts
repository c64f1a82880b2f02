import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDocument, startServer, type TestServer } from '../helpers/server.js'
import { createReadyDraft } from './drafts.js'
import { runCli } from './run-cli.js'

let t: TestServer
let dir: string
beforeAll(async () => {
  t = await startServer()
  dir = mkdtempSync(join(tmpdir(), 'pepdraft-cli-export-'))
})
afterAll(async () => {
  await t.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('pepdraft export <share-url>', () => {
  it('writes the draft as pep-NNNN.rst in the current directory, a file that passes pepdraft check', async () => {
    const doc = await createReadyDraft(t)
    const { code, stderr } = await runCli(['export', doc.urls.view], { cwd: dir })
    expect(stderr).toMatch(/^wrote pep-0812\.rst \(\d+\.\d KB\)\n$/)
    expect(code).toBe(0)
    const rst = readFileSync(join(dir, 'pep-0812.rst'), 'utf8')
    expect(rst).toMatch(/^PEP: 812\nTitle: A Command Line Test\nAuthor: Ada Lovelace <ada@example.com>\n/)
    expect(rst).toContain('What the Abstract section says')
    const check = await runCli(['check', 'pep-0812.rst'], { cwd: dir })
    expect(check.stdout).toBe('1 file checked: 0 errors, 0 warnings\n')
    expect(check.code).toBe(0)
  })

  it('writes to standard output with -o -, and to a chosen file with -o, with any role\'s link', async () => {
    const doc = await createReadyDraft(t)
    const toStdout = await runCli(['export', doc.urls.review, '-o', '-'], { cwd: dir })
    expect(toStdout.code).toBe(0)
    expect(toStdout.stdout).toMatch(/^PEP: 812\n/)
    const toFile = await runCli(['export', '--output', 'draft.rst', doc.urls.edit], { cwd: dir })
    expect(toFile.code).toBe(0)
    expect(readFileSync(join(dir, 'draft.rst'), 'utf8')).toBe(toStdout.stdout)
  })

  it('with --strict, prints the problems of a draft that is not ready, writes nothing and exits 1', async () => {
    const doc = await createDocument(t.url)
    const { code, stdout, stderr } = await runCli(['export', '--strict', doc.urls.edit], { cwd: dir })
    expect(code).toBe(1)
    expect(stdout).toContain(`draft ${doc.id}: error preamble.pep.missing [PEP] PEP is required`)
    expect(stderr).toMatch(/not exported \(--strict\): \d+ errors, \d+ warnings? to address first/)
    expect(existsSync(join(dir, 'pep-draft.rst'))).toBe(false)
  })

  it('with --strict, exports a draft that is ready', async () => {
    const doc = await createReadyDraft(t)
    const { code } = await runCli(['export', '--strict', doc.urls.view, '-o', 'strict.rst'], { cwd: dir })
    expect(code).toBe(0)
    expect(readFileSync(join(dir, 'strict.rst'), 'utf8')).toMatch(/^PEP: 812\n/)
  })

  it('prints the server\'s message for a wrong token (403) or an unknown document (404) and exits 1', async () => {
    const doc = await createDocument(t.url)
    const other = await createDocument(t.url)
    const forbidden = await runCli(['export', `${t.url}/d/${doc.id}#k=${other.tokens.view}`], { cwd: dir })
    expect(forbidden.code).toBe(1)
    expect(forbidden.stderr).toContain('the server answered 403 invalid_token: the access key does not open this document')
    const missing = await runCli(['export', `${t.url}/d/nosuchdocument1#k=${doc.tokens.view}`], { cwd: dir })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('404 unknown_document: no document with this id exists on this server')
    const malformed = await runCli(['export', `${t.url}/d/${doc.id}#k=short`], { cwd: dir })
    expect(malformed.code).toBe(1)
    expect(malformed.stderr).toContain('401 malformed_token')
  })

  it('says so when the server cannot be reached, and exits 1', async () => {
    const gone = await startServer()
    const port = gone.port
    await gone.stop()
    const { code, stderr } = await runCli(['export', `http://127.0.0.1:${port}/d/abcdefgh#k=token`], { cwd: dir })
    expect(code).toBe(1)
    expect(stderr).toContain(`cannot reach http://127.0.0.1:${port}: connection refused`)
  })

  // Four CLI start-ups in a row, each loading TypeScript through tsx: slow on a loaded machine.
  it('exits 2 on a link that is not a share link', async () => {
    for (const [url, message] of [
      ['not a url', 'is not a URL'],
      ['ftp://example.com/d/abcdefgh#k=x', 'is not an http(s) link'],
      [`${t.url}/documents/abcdefgh#k=x`, 'its path must be /d/<id>'],
      [`${t.url}/d/abcdefgh`, 'the link has no token (#k=…)'],
    ] as const) {
      const { code, stderr } = await runCli(['export', url], { cwd: dir })
      expect(code, url).toBe(2)
      expect(stderr, url).toContain(message)
    }
  }, 90_000)
})
