import * as encoding from 'lib0/encoding'
import { readContent } from '@pepdraft/core'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, connectSynced, eventually, rawSocket, synced, upgradeStatus } from '../helpers/clients.js'
import { type TestServer, createDocument, startServer } from '../helpers/server.js'

let t: TestServer
beforeAll(async () => {
  t = await startServer()
})
afterAll(() => t.stop())

/** The full text of a fresh editor's copy, as the server holds it. */
async function serverText(id: string, token: string, field = 'scratch'): Promise<string> {
  const fresh = await connectSynced(t.port, id, token)
  const text = fresh.doc.getText(field).toString()
  fresh.destroy()
  return text
}

function frame(syncType: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

describe('read-only roles', () => {
  it('a view or review client editing through a stock provider changes nothing on the server', async () => {
    const doc = await createDocument(t.url)
    for (const role of ['view', 'review'] as const) {
      const c = connectClient(t.port, doc.id, doc.tokens[role])
      await synced(c)
      c.doc.getText('scratch').insert(0, `written by ${role}`)
      c.doc.getXmlFragment('content').insert(0, [new Y.XmlText('tampered')])
      await new Promise((r) => setTimeout(r, 300))
      c.destroy()
    }
    expect(await serverText(doc.id, doc.tokens.edit)).toBe('')
    const editor = await connectSynced(t.port, doc.id, doc.tokens.edit)
    expect(JSON.stringify(readContent(editor.doc))).not.toContain('tampered')
    editor.destroy()
  })

  it('raw sync-step-2 and update frames [0,1] and [0,2] from a review token are dropped', async () => {
    const doc = await createDocument(t.url)
    const source = new Y.Doc()
    source.getText('scratch').insert(0, 'forged')
    const update = Y.encodeStateAsUpdate(source)
    const ws = await rawSocket(t.port, `/collab/${doc.id}`, [`pepdraft.token.${doc.tokens.review}`])
    ws.send(frame(syncProtocol.messageYjsSyncStep2, update))
    ws.send(frame(syncProtocol.messageYjsUpdate, update))
    await new Promise((r) => setTimeout(r, 200))
    expect(ws.readyState).toBe(ws.OPEN)
    ws.close()
    expect(await serverText(doc.id, doc.tokens.edit)).toBe('')
    // The same frames from an edit token are applied: the test above would notice a no-op server.
    const editor = await rawSocket(t.port, `/collab/${doc.id}`, [`pepdraft.token.${doc.tokens.edit}`])
    const watcher = await connectSynced(t.port, doc.id, doc.tokens.view)
    editor.send(frame(syncProtocol.messageYjsUpdate, update))
    await eventually(() => watcher.doc.getText('scratch').toString() === 'forged', 'the edit-token frame to apply')
    editor.close()
    watcher.destroy()
  })

  it('raw update frames from a review token to the review room change nothing', async () => {
    const doc = await createDocument(t.url)
    const forged = new Y.Doc()
    forged.getMap('threads').set('t1', { quote: 'forged' })
    const update = Y.encodeStateAsUpdate(forged)
    const ws = await rawSocket(t.port, `/collab/${doc.id}/review`, [`pepdraft.token.${doc.tokens.review}`])
    ws.send(frame(syncProtocol.messageYjsSyncStep2, update))
    ws.send(frame(syncProtocol.messageYjsUpdate, update))
    await new Promise((r) => setTimeout(r, 200))
    expect(ws.readyState).toBe(ws.OPEN)
    ws.close()
    const fresh = await connectSynced(t.port, `${doc.id}/review`, doc.tokens.view)
    expect(fresh.doc.getMap('threads').size).toBe(0)
    fresh.destroy()
  })

  it('no client can write the review room, not even with an edit token', async () => {
    const doc = await createDocument(t.url)
    const review = `${doc.id}/review`
    const c = await connectSynced(t.port, review, doc.tokens.edit)
    c.doc.getMap('threads').set('t1', 'forged thread')
    await new Promise((r) => setTimeout(r, 300))
    c.destroy()
    const fresh = await connectSynced(t.port, review, doc.tokens.edit)
    expect(fresh.doc.getMap('threads').size).toBe(0)
    fresh.destroy()
  })
})

describe('upgrade authorization', () => {
  it('refuses missing, malformed and wrong tokens, unknown documents, bad ids and unknown paths', async () => {
    const doc = await createDocument(t.url)
    const other = await createDocument(t.url)
    const path = `/collab/${doc.id}`
    expect(await upgradeStatus(t.port, path, [`pepdraft.token.${doc.tokens.view}`])).toBe(101)
    expect(await upgradeStatus(t.port, path, [])).toBe(401)
    expect(await upgradeStatus(t.port, path, ['something-else'])).toBe(401)
    expect(await upgradeStatus(t.port, path, ['pepdraft.token.short'])).toBe(401)
    expect(await upgradeStatus(t.port, path, [`pepdraft.token.${other.tokens.edit}`])).toBe(403)
    expect(await upgradeStatus(t.port, '/collab/AAAAAAAAAAAAAAAA', [`pepdraft.token.${doc.tokens.edit}`])).toBe(404)
    expect(await upgradeStatus(t.port, '/collab/a.b', [`pepdraft.token.${doc.tokens.edit}`])).toBe(400)
    expect(await upgradeStatus(t.port, '/elsewhere', [`pepdraft.token.${doc.tokens.edit}`])).toBe(404)
  })

  it('never needs the token in the URL: a token in the query string is not accepted', async () => {
    const doc = await createDocument(t.url)
    expect(await upgradeStatus(t.port, `/collab/${doc.id}?token=${doc.tokens.edit}`, [])).toBe(401)
  })
})
