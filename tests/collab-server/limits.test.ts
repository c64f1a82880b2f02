import { WebSocket } from 'ws'
import { afterEach, describe, expect, it } from 'vitest'
import { type Client, closeCode, connectSynced, eventually, rawSocket, upgradeStatus } from '../helpers/clients.js'
import { type TestServer, createDocument, startServer } from '../helpers/server.js'
import { stalledSocket } from '../helpers/raw-sockets.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function serverWithPair(limits = {}): Promise<{ t: TestServer; id: string; token: string; a: Client; b: Client }> {
  const t = await startServer(limits)
  const doc = await createDocument(t.url)
  const a = await connectSynced(t.port, doc.id, doc.tokens.edit)
  const b = await connectSynced(t.port, doc.id, doc.tokens.edit)
  cleanups.push(() => t.stop(), () => a.destroy(), () => b.destroy())
  return { t, id: doc.id, token: doc.tokens.edit, a, b }
}

/** The well-behaved pair still syncs both ways. */
async function pairStillSyncs(a: Client, b: Client, marker: string): Promise<void> {
  a.doc.getText('check').insert(0, marker)
  await eventually(() => b.doc.getText('check').toString().includes(marker), `"${marker}" to reach the other client`)
}

describe('bad input', () => {
  it('closes only the connection that sends a malformed frame, with 1002, logging one line each', async () => {
    const { t, id, token, a, b } = await serverWithPair()
    const garbage = [
      [0x07], // unknown message type
      [0x00, 0x05], // unknown sync message type
      [0x00, 0x02, 0xff, 0xff, 0xff, 0xff, 0x0f], // update length far past the frame
      [0x00, 0x02, 0x05, 0x01, 0x02], // truncated update
      [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01], // varuint overflow
      [], // empty frame
    ]
    for (const bytes of garbage) {
      const ws = await rawSocket(t.port, `/collab/${id}`, [`pepdraft.token.${token}`])
      const closed = closeCode(ws)
      ws.send(new Uint8Array(bytes))
      expect(await closed).toBe(1002)
    }
    expect(t.logs.filter((l) => l.includes('malformed frame'))).toHaveLength(garbage.length)
    await pairStillSyncs(a, b, 'after garbage')
  })

  it('closes a text frame with 1003 and an oversized frame with 1009, and keeps serving', async () => {
    const { t, id, token, a, b } = await serverWithPair({ maxPayloadBytes: 64 * 1024 })
    const text = await rawSocket(t.port, `/collab/${id}`, [`pepdraft.token.${token}`])
    const textClosed = closeCode(text)
    text.send('hello')
    expect(await textClosed).toBe(1003)
    const big = await rawSocket(t.port, `/collab/${id}`, [`pepdraft.token.${token}`])
    const bigClosed = closeCode(big)
    big.send(new Uint8Array(100 * 1024))
    expect(await bigClosed).toBe(1009)
    await pairStillSyncs(a, b, 'after oversized')
  })

  it('refuses a burst of connections over the limit with 503, and keeps serving those it accepted', async () => {
    const { t, id, token, a, b } = await serverWithPair({ maxConnections: 6 })
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () => upgradeStatus(t.port, `/collab/${id}`, [`pepdraft.token.${token}`])),
    )
    // Two are held by the pair; accepted sockets close at once, so some later ones may fit again.
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0)
    expect(statuses.every((s) => s === 101 || s === 503)).toBe(true)
    await pairStillSyncs(a, b, 'after burst')
  })

  it('refuses more connections to one document than its room limit with 503', async () => {
    const { t, id, token, a, b } = await serverWithPair({ maxConnectionsPerRoom: 2 })
    expect(await upgradeStatus(t.port, `/collab/${id}`, [`pepdraft.token.${token}`])).toBe(503)
    const other = await createDocument(t.url)
    expect(await upgradeStatus(t.port, `/collab/${other.id}`, [`pepdraft.token.${other.tokens.edit}`])).toBe(101)
    await pairStillSyncs(a, b, 'after room limit')
  })
})

describe('unresponsive clients', () => {
  it('terminates a client that stops answering pings, and keeps the others', async () => {
    const { t, id, token, a, b } = await serverWithPair({ heartbeatMs: 100 })
    const silent = new WebSocket(`ws://127.0.0.1:${t.port}/collab/${id}`, [`pepdraft.token.${token}`], { autoPong: false })
    await new Promise((resolve) => silent.once('open', resolve))
    const closed = closeCode(silent)
    expect(await closed).toBe(1006) // terminated: no closing handshake for a peer that is gone
    await pairStillSyncs(a, b, 'after heartbeat')
  })

  it('closes a client that never reads once its backlog passes the limit, and keeps the others', async () => {
    const { t, id, token, a, b } = await serverWithPair({ maxBufferedBytes: 256 * 1024 })
    const stuck = await stalledSocket(t.port, `/collab/${id}`, `pepdraft.token.${token}`)
    const bulk = a.doc.getText('bulk')
    for (let i = 0; i < 200 && !t.logs.some((l) => l.includes('slow client')); i++) {
      bulk.insert(bulk.length, 'x'.repeat(64 * 1024))
      await new Promise((r) => setTimeout(r, 5))
    }
    expect(t.logs.filter((l) => l.includes('closing slow client'))).toHaveLength(1)
    stuck.destroy()
    await pairStillSyncs(a, b, 'after slow client')
    expect(b.doc.getText('bulk').length).toBe(bulk.length)
  })
})
