import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestServer, createDocument, startServer } from '../helpers/server.js'

let t: TestServer
beforeAll(async () => {
  t = await startServer()
})
afterAll(() => t.stop())

async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } }
  return { status: res.status, ...body.error }
}

describe('POST /api/documents', () => {
  it('creates a document with three distinct capability tokens and share links carrying them in the fragment', async () => {
    const doc = await createDocument(t.url)
    expect(doc.id).toMatch(/^[A-Za-z0-9_-]{16}$/)
    const tokens = Object.values(doc.tokens)
    expect(new Set(tokens).size).toBe(3)
    for (const token of tokens) expect(token.length).toBeGreaterThanOrEqual(43) // 256 bits, base64url
    expect(doc.urls.edit).toBe(`${t.url}/d/${doc.id}#k=${doc.tokens.edit}`)
    expect(doc.urls.view).toBe(`${t.url}/d/${doc.id}#k=${doc.tokens.view}`)
  })

  it('refuses an unknown template, a non-JSON body, a wrong content type and an oversized body', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${t.url}/api/documents`, { method: 'POST', headers: { 'content-type': type }, body })
    expect(await errorOf(await post('{"template":"nope"}'))).toMatchObject({ status: 400, code: 'unknown_template' })
    expect(await errorOf(await post('{"template":'))).toMatchObject({ status: 400, code: 'invalid_json' })
    expect(await errorOf(await post('[1]'))).toMatchObject({ status: 400, code: 'invalid_json' })
    expect(await errorOf(await post('{}', 'text/plain'))).toMatchObject({ status: 415 })
    const huge = JSON.stringify({ template: 'standards-track', pad: 'x'.repeat(3 * 1024 * 1024) })
    expect(await errorOf(await post(huge))).toMatchObject({ status: 413, code: 'body_too_large' })
  })
})

describe('GET /api/documents/:id', () => {
  it('tells each token its role', async () => {
    const doc = await createDocument(t.url)
    for (const role of ['edit', 'review', 'view'] as const) {
      const res = await fetch(`${t.url}/api/documents/${doc.id}`, { headers: { authorization: `Bearer ${doc.tokens[role]}` } })
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ id: doc.id, role, template: 'standards-track' })
    }
  })

  it('refuses missing, malformed and wrong tokens, unknown documents and bad ids with JSON errors', async () => {
    const doc = await createDocument(t.url)
    const other = await createDocument(t.url)
    const get = (id: string, auth?: string) =>
      fetch(`${t.url}/api/documents/${id}`, auth ? { headers: { authorization: auth } } : {})
    expect(await errorOf(await get(doc.id))).toMatchObject({ status: 401, code: 'missing_token' })
    expect(await errorOf(await get(doc.id, 'Bearer !!'))).toMatchObject({ status: 401, code: 'malformed_token' })
    expect(await errorOf(await get(doc.id, `Bearer ${other.tokens.edit}`))).toMatchObject({ status: 403, code: 'invalid_token' })
    expect(await errorOf(await get('AAAAAAAAAAAAAAAA', `Bearer ${doc.tokens.edit}`))).toMatchObject({ status: 404 })
    expect(await errorOf(await get('bad.id', `Bearer ${doc.tokens.edit}`))).toMatchObject({ status: 400 })
  })
})

describe('other routes', () => {
  it('answers /healthz, lists templates, and gives JSON 404/405 for unknown routes and methods', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toMatchObject({ ok: true })
    const templates = (await (await fetch(`${t.url}/api/templates`)).json()) as { templates: { id: string }[] }
    expect(templates.templates.map((x) => x.id)).toEqual(['standards-track', 'informational', 'process'])
    expect(await errorOf(await fetch(`${t.url}/api/nothing`))).toMatchObject({ status: 404, code: 'not_found' })
    expect(await errorOf(await fetch(`${t.url}/api/documents`))).toMatchObject({ status: 405 })
  })
})
