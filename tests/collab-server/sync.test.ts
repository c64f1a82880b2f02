import { listTemplates, readContent, readPreamble, templateDocument } from '@pepdraft/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Client, connectClient, connectSynced, eventually, synced } from '../helpers/clients.js'
import { type TestServer, createDocument, startServer } from '../helpers/server.js'

let t: TestServer
const clients: Client[] = []
beforeAll(async () => {
  t = await startServer()
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  await t.stop()
})

async function client(room: string, token: string): Promise<Client> {
  const c = await connectSynced(t.port, room, token)
  clients.push(c)
  return c
}

const headingTitles = (c: Client) =>
  (readContent(c.doc).content ?? []).filter((n) => n.type === 'heading').map((n) => n.content?.[0]?.text)

describe('a new document', () => {
  it('arrives seeded from its template on the very first sync, exactly once, whoever connects', async () => {
    const doc = await createDocument(t.url)
    const expected = templateDocument(listTemplates()[0]!).content!.filter((n) => n.type === 'heading').map((n) => n.content?.[0]?.text)
    // Several clients at once: concurrent opens share one load, and nobody re-seeds.
    const [a, b, c] = await Promise.all([
      client(doc.id, doc.tokens.edit),
      client(doc.id, doc.tokens.edit),
      client(doc.id, doc.tokens.view),
    ])
    for (const x of [a, b, c]) expect(headingTitles(x)).toEqual(expected)
    expect(readPreamble(a.doc)).toMatchObject({ Status: 'Draft', Type: 'Standards Track' })
    expect(readPreamble(a.doc).Created).toMatch(/^\d{2}-[A-Z][a-z]{2}-\d{4}$/)
  })
})

describe('two editors', () => {
  it('typing concurrently converge to the same content', async () => {
    const doc = await createDocument(t.url)
    const a = await client(doc.id, doc.tokens.edit)
    const b = await client(doc.id, doc.tokens.edit)
    const ta = a.doc.getText('scratch')
    const tb = b.doc.getText('scratch')
    for (let i = 0; i < 50; i++) {
      ta.insert(ta.length, 'a')
      tb.insert(0, 'b')
    }
    await eventually(() => ta.length === 100 && tb.length === 100, 'both sides to hold 100 characters')
    expect(ta.toString()).toBe(tb.toString())
    expect(readContent(a.doc)).toEqual(readContent(b.doc))
  })

  it('see each other in awareness, and a leaving client disappears', async () => {
    const doc = await createDocument(t.url)
    const a = await client(doc.id, doc.tokens.edit)
    const b = connectClient(t.port, doc.id, doc.tokens.review)
    b.provider.awareness.setLocalStateField('user', { name: 'Reviewer', color: '#c00' })
    await synced(b)
    const names = () => [...a.provider.awareness.getStates().values()].map((s) => (s.user as { name?: string } | undefined)?.name)
    await eventually(() => names().includes('Reviewer'), 'the reviewer to appear')
    b.destroy()
    await eventually(() => !names().includes('Reviewer'), 'the reviewer to leave')
  })
})
