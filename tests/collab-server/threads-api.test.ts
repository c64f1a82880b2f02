import { CONTENT_FIELD, THREADS_MAP, type Thread, attachedThreadIds, encodeRelativePosition, readContent } from '@pepdraft/core'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Client, connectSynced, eventually } from '../helpers/clients.js'
import { type CreatedDocument, type TestServer, createDocument, startServer } from '../helpers/server.js'

let t: TestServer
const open: Client[] = []
beforeAll(async () => {
  t = await startServer()
})
afterAll(async () => {
  for (const c of open) c.destroy()
  await t.stop()
})

const reviewer = { name: 'Rita Reviewer', color: '#d62728', key: 'r'.repeat(43) }
const author = { name: 'Ada Author', color: '#1f77b4', key: 'a'.repeat(43) }

async function client(room: string, token: string): Promise<Client> {
  const c = await connectSynced(t.port, room, token)
  open.push(c)
  return c
}

async function call(doc: CreatedDocument, role: keyof CreatedDocument['tokens'], path: string, body?: object) {
  const res = await fetch(`${t.url}/api/documents/${doc.id}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${doc.tokens[role]}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  return { status: res.status, json: (await res.json()) as Record<string, any> }
}

/** An editor types a sentence into the Abstract; returns the sentence's Y.XmlText. */
async function withSentence(doc: CreatedDocument, sentence: string): Promise<{ editor: Client; text: Y.XmlText }> {
  const editor = await client(doc.id, doc.tokens.edit)
  const abstract = editor.doc.getXmlFragment(CONTENT_FIELD).get(1) as Y.XmlElement
  const text = abstract.get(0) as Y.XmlText
  text.insert(0, sentence)
  return { editor, text }
}

function range(text: Y.XmlText, from: number, to: number) {
  return {
    from: encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, from)),
    to: encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, to)),
  }
}

describe('review threads', () => {
  it('a reviewer anchors a thread; everyone sees the mark and the thread live; replies and resolve work', async () => {
    const doc = await createDocument(t.url)
    const { editor, text } = await withSentence(doc, 'The JIT will be maintained by two people.')
    const viewerReview = await client(`${doc.id}/review`, doc.tokens.view)
    const viewerContent = await client(doc.id, doc.tokens.view)
    await eventually(() => viewerContent.doc.getXmlFragment(CONTENT_FIELD).toString().includes('two people'), 'the sentence to sync')

    const created = await call(doc, 'review', '/threads', { ...range(text, 30, 40), body: 'Who, after 3.16?', author: reviewer })
    expect(created.status).toBe(201)
    const thread = created.json.thread as Thread & { attached: boolean }
    expect(thread).toMatchObject({ quote: 'two people', section: 'Abstract', status: 'open', attached: true })
    expect(thread.comments[0]).toMatchObject({ body: 'Who, after 3.16?', author: { name: 'Rita Reviewer', role: 'review' } })
    expect(JSON.stringify(thread)).not.toContain(reviewer.key)

    await eventually(() => attachedThreadIds(readContent(editor.doc)).has(thread.id), 'the editor to see the mark')
    await eventually(() => viewerReview.doc.getMap(THREADS_MAP).has(thread.id), 'the viewer to see the thread')

    const reply = await call(doc, 'edit', `/threads/${thread.id}/replies`, { body: 'Ada and Bob.', author })
    expect(reply.status).toBe(201)
    const resolved = await call(doc, 'edit', `/threads/${thread.id}/resolve`, { author })
    expect(resolved.json.thread).toMatchObject({ status: 'resolved', resolvedBy: { name: 'Ada Author' } })
    await eventually(() => (viewerReview.doc.getMap(THREADS_MAP).get(thread.id) as Thread).status === 'resolved', 'resolve to reach the viewer')
    expect((await call(doc, 'review', `/threads/${thread.id}/reopen`, { author: reviewer })).json.thread.status).toBe('open')
    expect((await call(doc, 'view', '/threads')).json.threads).toHaveLength(1)
  })

  it('refuses view links, bad anchors and other people’s comments', async () => {
    const doc = await createDocument(t.url)
    const { text } = await withSentence(doc, 'Some words to discuss.')
    await new Promise((r) => setTimeout(r, 100))
    expect((await call(doc, 'view', '/threads', { ...range(text, 0, 4), body: 'hi', author })).status).toBe(403)
    expect((await call(doc, 'review', '/threads', { from: 'nope', to: 'nope', body: 'hi', author })).json.error.code).toBe('invalid_anchor')
    expect((await call(doc, 'review', '/threads', { ...range(text, 3, 3), body: 'hi', author })).json.error.code).toBe('empty_selection')
    expect((await call(doc, 'review', '/threads', { ...range(text, 0, 4), body: '  ', author })).status).toBe(400)
    expect((await call(doc, 'review', '/threads', { ...range(text, 0, 4), body: 'hi', author: { name: 'x' } })).status).toBe(400)
    const made = await call(doc, 'review', '/threads', { ...range(text, 0, 4), body: 'mine', author: reviewer })
    const [tid, cid] = [made.json.thread.id, made.json.thread.comments[0].id]
    expect((await call(doc, 'edit', `/threads/${tid}/comments/${cid}/edit`, { body: 'not yours', author })).status).toBe(403)
    expect((await call(doc, 'edit', `/threads/${tid}/comments/${cid}/delete`, { author })).status).toBe(403)
    const edited = await call(doc, 'review', `/threads/${tid}/comments/${cid}/edit`, { body: 'mine, edited', author: reviewer })
    expect(edited.json.thread.comments[0]).toMatchObject({ body: 'mine, edited' })
    expect((await call(doc, 'review', `/threads/unknown/replies`, { body: 'x', author })).status).toBe(404)
  })

  it('stores hostile comment text verbatim as data, and the Markdown download escapes it', async () => {
    const doc = await createDocument(t.url)
    const { text } = await withSentence(doc, 'Benchmark results.')
    await new Promise((r) => setTimeout(r, 100))
    const body = '<img src=x onerror=alert(1)> ``literal`` https://example.com'
    const made = await call(doc, 'review', '/threads', { ...range(text, 0, 9), body, author: reviewer })
    expect(made.json.thread.comments[0].body).toBe(body)
    const md = await fetch(`${t.url}/api/documents/${doc.id}/review.md`, { headers: { authorization: `Bearer ${doc.tokens.view}` } })
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    const markdown = await md.text()
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(markdown).not.toContain('<img')
    const json = await call(doc, 'view', '/review.json')
    expect(json.json.threads[0].comments[0].body).toBe(body)
  })

  it('derives "on deleted text" from the content, re-attaches for editors, and deleting a thread removes its mark', async () => {
    const doc = await createDocument(t.url)
    const { editor, text } = await withSentence(doc, 'Delete me. Keep me.')
    await new Promise((r) => setTimeout(r, 100))
    const made = await call(doc, 'review', '/threads', { ...range(text, 0, 10), body: 'Unclear.', author: reviewer })
    const tid = made.json.thread.id as string
    await eventually(() => attachedThreadIds(readContent(editor.doc)).has(tid), 'the mark to arrive')
    text.delete(0, 11)
    await eventually(() => !attachedThreadIds(readContent(editor.doc)).has(tid), 'local delete')
    let listed = await call(doc, 'view', '/threads')
    for (let i = 0; i < 50 && listed.json.threads[0].attached; i++) listed = await call(doc, 'view', '/threads')
    expect(listed.json.threads[0]).toMatchObject({ attached: false, quote: 'Delete me.' })

    expect((await call(doc, 'review', `/threads/${tid}/reattach`, { ...range(text, 0, 4), author: reviewer })).status).toBe(403)
    const reattached = await call(doc, 'edit', `/threads/${tid}/reattach`, { ...range(text, 0, 4), author })
    expect(reattached.json.thread).toMatchObject({ quote: 'Keep' })
    expect((await call(doc, 'edit', `/threads/${tid}/reattach`, { ...range(text, 0, 4), author })).status).toBe(409)
    await eventually(() => attachedThreadIds(readContent(editor.doc)).has(tid), 're-attached mark to arrive')

    expect((await call(doc, 'edit', `/threads/${tid}/delete`, { author })).status).toBe(200)
    await eventually(() => !attachedThreadIds(readContent(editor.doc)).has(tid), 'the mark to go')
    expect((await call(doc, 'view', '/threads')).json.threads).toHaveLength(0)
  })

  it('lets only editors decide a suggestion, once', async () => {
    const doc = await createDocument(t.url)
    const { text } = await withSentence(doc, 'It is fast.')
    await new Promise((r) => setTimeout(r, 100))
    const made = await call(doc, 'review', '/threads', { ...range(text, 6, 10), body: 'Quantify.', suggestion: '10% faster', author: reviewer })
    const tid = made.json.thread.id as string
    expect(made.json.thread.suggestion).toEqual({ text: '10% faster', status: 'pending' })
    expect((await call(doc, 'review', `/threads/${tid}/suggestion`, { outcome: 'applied', author: reviewer })).status).toBe(403)
    expect((await call(doc, 'edit', `/threads/${tid}/suggestion`, { outcome: 'maybe', author })).status).toBe(400)
    expect((await call(doc, 'edit', `/threads/${tid}/suggestion`, { outcome: 'applied', author })).json.thread.suggestion).toMatchObject({
      status: 'applied',
      decidedBy: { name: 'Ada Author' },
    })
    expect((await call(doc, 'edit', `/threads/${tid}/suggestion`, { outcome: 'dismissed', author })).status).toBe(409)
  })
})
