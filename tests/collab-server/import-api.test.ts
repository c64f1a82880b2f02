import { readContent, readPreamble } from '@pepdraft/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectSynced } from '../helpers/clients.js'
import { type TestServer, startServer } from '../helpers/server.js'

let t: TestServer
beforeAll(async () => {
  // A worker's start-up can take seconds on a loaded machine; the hostile draft takes ~25 s anyway.
  t = await startServer({ importTimeoutMs: 8000, maxMarkdownBytes: 64 * 1024 })
})
afterAll(() => t.stop())

const post = (body: object) =>
  fetch(`${t.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

const DRAFT = `---
PEP: 9997
Title: Faster Imports
Author: Ada Lovelace <ada@example.com>
---

## Abstract

Imports get *faster*.

## Motivation

<img src="chart.png"> Startup time matters.
`

describe('POST /api/documents with markdown', () => {
  it('seeds the document from the imported draft in the template’s shape and returns the import report', async () => {
    const res = await post({ markdown: DRAFT, template: 'standards-track' })
    expect(res.status).toBe(201)
    const created = (await res.json()) as { id: string; tokens: { view: string }; report: { items: { code: string }[] } }
    expect(created.report.items.length).toBeGreaterThan(0)
    const client = await connectSynced(t.port, created.id, created.tokens.view)
    const preamble = readPreamble(client.doc)
    expect(preamble).toMatchObject({ PEP: '9997', Title: 'Faster Imports', Author: [{ name: 'Ada Lovelace', email: 'ada@example.com' }] })
    expect(preamble.Created).toMatch(/^\d{2}-[A-Z][a-z]{2}-\d{4}$/)
    const text = JSON.stringify(readContent(client.doc))
    expect(text).toContain('Imports get ')
    expect(text).toContain('Startup time matters.')
    expect(text).toContain('Multi-Strategy Infrastructure')
    client.destroy()
  })

  it('refuses a draft over the size limit with 413 and a non-string with 400', async () => {
    expect((await post({ markdown: 'x'.repeat(65 * 1024) })).status).toBe(413)
    expect((await post({ markdown: 42 })).status).toBe(400)
  })

  it('stops a pathological draft after the time limit with 422, serving others meanwhile', async () => {
    // micromark is superlinear on runs of `*_`: 40 KB takes ~25 s to parse on this machine.
    const hostile = `${'*_'.repeat(20_000)}a`
    const started = Date.now()
    const importing = post({ markdown: hostile })
    // The parse runs in a worker: the event loop stays free for everyone else.
    const health = await fetch(`${t.url}/healthz`)
    expect(health.status).toBe(200)
    // Parsed on the event loop, this answer would wait the ~25 s the parse takes.
    expect(Date.now() - started).toBeLessThan(4000)
    const res = await importing
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('markdown_timeout')
  })
})

describe('concurrent imports', () => {
  it('refuses imports beyond the concurrency limit with 503 while the others run', async () => {
    const busy = await startServer({ maxConcurrentImports: 1, importTimeoutMs: 2000 })
    try {
      const slow = fetch(`${busy.url}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ markdown: `${'*_'.repeat(20_000)}a` }),
      })
      await new Promise((r) => setTimeout(r, 200))
      const second = await fetch(`${busy.url}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ markdown: '## Abstract\n\nShort.' }),
      })
      expect(second.status).toBe(503)
      expect((await slow).status).toBe(422)
    } finally {
      await busy.stop()
    }
  })
})
