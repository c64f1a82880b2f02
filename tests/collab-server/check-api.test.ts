import { checkYDoc, writePreamble } from '@pepdraft/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectSynced } from '../helpers/clients.js'
import { type TestServer, createDocument, startServer } from '../helpers/server.js'

let t: TestServer
beforeAll(async () => {
  t = await startServer()
})
afterAll(() => t.stop())

interface Report {
  ok: boolean
  problems: { code: string; severity: string; message: string; section?: string }[]
}

async function report(id: string, token: string): Promise<Report> {
  const res = await fetch(`${t.url}/api/documents/${id}/check`, { headers: { authorization: `Bearer ${token}` } })
  expect(res.status).toBe(200)
  return (await res.json()) as Report
}

describe('GET /api/documents/:id/check', () => {
  it('reports what a new Standards Track draft lacks, for every role', async () => {
    const doc = await createDocument(t.url)
    const byRole = await Promise.all((['edit', 'review', 'view'] as const).map((role) => report(doc.id, doc.tokens[role])))
    for (const r of byRole) expect(r).toEqual(byRole[0])
    const first = byRole[0]!
    expect(first.ok).toBe(false)
    const codes = first.problems.map((p) => p.code)
    expect(codes).toContain('preamble.pep.missing')
    expect(codes).toContain('preamble.title.missing')
    const emptySections = first.problems.filter((p) => p.code === 'section.empty').map((p) => p.section)
    expect(emptySections).toEqual(expect.arrayContaining(['Abstract', 'Maintenance', 'Success Metrics', 'Multi-Strategy Infrastructure']))
  })

  it('follows live edits and equals the report computed from a client copy of the same state', async () => {
    const doc = await createDocument(t.url)
    const editor = await connectSynced(t.port, doc.id, doc.tokens.edit)
    writePreamble(editor.doc, { PEP: '9999', Title: 'A Test Title', Author: [{ name: 'Ada Lovelace', email: 'ada@example.com' }] })
    let r: Report = await report(doc.id, doc.tokens.view)
    for (let i = 0; i < 50 && r.problems.some((p) => p.code === 'preamble.pep.missing'); i++) {
      await new Promise((res) => setTimeout(res, 20))
      r = await report(doc.id, doc.tokens.view)
    }
    const codes = r.problems.map((p) => p.code)
    expect(codes).not.toContain('preamble.pep.missing')
    expect(codes).not.toContain('preamble.title.missing')
    expect(r).toEqual(JSON.parse(JSON.stringify(checkYDoc(editor.doc, { today: new Date() }))))
    editor.destroy()
  })

  it('refuses requests without a valid token', async () => {
    const doc = await createDocument(t.url)
    expect((await fetch(`${t.url}/api/documents/${doc.id}/check`)).status).toBe(401)
    const other = await createDocument(t.url)
    const res = await fetch(`${t.url}/api/documents/${doc.id}/check`, { headers: { authorization: `Bearer ${other.tokens.view}` } })
    expect(res.status).toBe(403)
  })
})
