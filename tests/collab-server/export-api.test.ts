import { writePreamble } from '@pepdraft/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectSynced } from '../helpers/clients.js'
import { fillEverySection } from '../helpers/drafts.js'
import { checkWithDocutils, describeProblems, isClean } from '../helpers/docutils.js'
import { type TestServer, createDocument, startServer } from '../helpers/server.js'

let t: TestServer
beforeAll(async () => {
  t = await startServer()
})
afterAll(() => t.stop())

const get = (path: string, token: string) => fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } })

describe('GET /api/documents/:id/export.rst', () => {
  it('serves a new draft as text/x-rst named after the PEP, which docutils parses without a warning', async () => {
    const doc = await createDocument(t.url)
    const editor = await connectSynced(t.port, doc.id, doc.tokens.edit)
    writePreamble(editor.doc, { PEP: '812', Title: 'A Test', Author: [{ name: 'Ada Lovelace', email: 'ada@example.com' }] })
    fillEverySection(editor.doc)
    let res = await get(`/api/documents/${doc.id}/export.rst`, doc.tokens.view)
    for (let i = 0; i < 50 && !(await res.clone().text()).startsWith('PEP: 812'); i++) {
      await new Promise((r) => setTimeout(r, 20))
      res = await get(`/api/documents/${doc.id}/export.rst`, doc.tokens.view)
    }
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/x-rst; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="pep-0812.rst"')
    const rst = await res.text()
    expect(rst).toMatch(/^PEP: 812\nTitle: A Test\nAuthor: Ada Lovelace <ada@example.com>\n/)
    expect(rst).toContain('Multi-Strategy Infrastructure\n=============================\n')
    expect(rst.replace(/\s+/g, ' ')).toMatch(
      /Copyright =+ This document is placed in the public domain or under the CC0-1\.0-Universal license, whichever is more permissive\. $/,
    )
    const [result] = checkWithDocutils([{ name: 'pep-0812.rst', rst }])
    expect(isClean(result!), describeProblems(result!)).toBe(true)
    editor.destroy()
  })

  it('with ?strict=1 answers 422 and the check report while the draft has errors, and the file once it has none', async () => {
    const doc = await createDocument(t.url)
    const refused = await get(`/api/documents/${doc.id}/export.rst?strict=1`, doc.tokens.edit)
    expect(refused.status).toBe(422)
    const body = (await refused.json()) as { error: { code: string }; report: { ok: boolean; problems: { code: string }[] } }
    expect(body.error.code).toBe('not_ready')
    expect(body.report.ok).toBe(false)
    expect(body.report.problems.map((p) => p.code)).toContain('preamble.pep.missing')

    const editor = await connectSynced(t.port, doc.id, doc.tokens.edit)
    writePreamble(editor.doc, { PEP: '9999', Title: 'A Ready Draft', Author: [{ name: 'Ada Lovelace', email: 'ada@example.com' }] })
    fillEverySection(editor.doc)
    let strict = await get(`/api/documents/${doc.id}/export.rst?strict=1`, doc.tokens.edit)
    for (let i = 0; i < 50 && strict.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 20))
      strict = await get(`/api/documents/${doc.id}/export.rst?strict=1`, doc.tokens.edit)
    }
    expect(strict.status, await strict.clone().text()).toBe(200)
    expect(strict.headers.get('content-disposition')).toContain('pep-9999.rst')
    editor.destroy()
  })

  it('refuses a request without a valid token', async () => {
    const doc = await createDocument(t.url)
    expect((await fetch(`${t.url}/api/documents/${doc.id}/export.rst`)).status).toBe(401)
  })
})
