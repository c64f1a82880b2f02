import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { connectSynced, eventually, upgradeStatus } from '../../helpers/clients.js'
import { SYNC_STEP_1_PROBE, isSyncStep2, updateFrame } from '../../helpers/frames.js'
import { abandonedUpgrade } from '../../helpers/raw-sockets.js'
import { seededRandom, testSeed } from '../../helpers/seeded-random.js'
import { createDocument, startServer } from '../../helpers/server.js'
import { docWithClientId, startWellBehavedPair } from '../../helpers/well-behaved-pair.js'

const MAX_CONNECTIONS = 8
const BURST = 40
const WAVES = 3

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** An open socket, or the status the upgrade was refused with. */
function tryOpen(port: number, path: string, token: string): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, [`pepdraft.token.${token}`])
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      ws.terminate()
    })
    ws.once('error', () => resolve(0))
  })
}

/** Writes `marker` into the array `burst` as a raw update frame, and waits for the answer to a sync step 1. */
async function writeThrough(ws: WebSocket, marker: string, clientId: number): Promise<void> {
  const doc = docWithClientId(clientId)
  doc.getArray<string>('burst').push([marker])
  const answered = new Promise<void>((resolve) => ws.on('message', (d: Buffer) => isSyncStep2(d) && resolve()))
  ws.send(updateFrame(doc))
  ws.send(SYNC_STEP_1_PROBE)
  await answered
}

describe('a burst of connections over maxConnections', () => {
  it('refuses exactly the extras with 503, serves the accepted ones, and accepts new connections once the burst is over', async () => {
    const random = seededRandom(testSeed(0x5eed_0004))
    const t = await startServer({ maxConnections: MAX_CONNECTIONS })
    cleanups.push(() => t.stop())
    const doc = await createDocument(t.url)
    const path = `/collab/${doc.id}`
    const pair = await startWellBehavedPair(t.port, doc.id, doc.tokens.edit)
    cleanups.push(() => pair.destroy())
    const markers: string[] = []

    for (let wave = 0; wave < WAVES; wave++) {
      // Refused or abandoned upgrades in a seeded mix (503 too: they count while pending) must not use up any capacity.
      const junk = Array.from({ length: BURST }, (_, i) => {
        const kind = random.int(3)
        if (kind === 0) return upgradeStatus(t.port, path, [`pepdraft.token.${'x'.repeat(43)}`])
        if (kind === 1) return upgradeStatus(t.port, `/collab/unknownDocument${i}`, [`pepdraft.token.${doc.tokens.edit}`])
        return abandonedUpgrade(t.port, path, `pepdraft.token.${doc.tokens.edit}`).then(() => 0)
      })
      expect((await Promise.all(junk)).filter((s) => ![0, 403, 404, 503].includes(s))).toEqual([])

      const outcomes = await Promise.all(Array.from({ length: BURST }, () => tryOpen(t.port, path, doc.tokens.edit)))
      const accepted = outcomes.filter((o): o is WebSocket => o instanceof WebSocket)
      cleanups.push(() => accepted.forEach((ws) => ws.terminate()))
      expect(accepted).toHaveLength(MAX_CONNECTIONS - 2)
      expect(outcomes.filter((o) => o === 503)).toHaveLength(BURST - accepted.length)
      await Promise.all(accepted.map((ws, i) => writeThrough(ws, `wave ${wave} socket ${i}`, 5000 + wave * 100 + i)))
      markers.push(...accepted.map((_, i) => `wave ${wave} socket ${i}`))
      await pair.stillSyncs(`during wave ${wave}`)
      for (const ws of accepted) ws.close()
      await eventually(() => t.server.stats.connections === 2, `the accepted sockets of wave ${wave} to close`)
    }

    const late = await connectSynced(t.port, doc.id, doc.tokens.view)
    cleanups.push(() => late.destroy())
    await eventually(() => late.doc.getArray('burst').length === markers.length, 'a late client to see every accepted write')
    expect([...late.doc.getArray<string>('burst').toArray()].sort()).toEqual([...markers].sort())
    await pair.settle()
    pair.expectHeldBy(late.doc)
    expect(t.logs).toEqual([])
  })
})
