import * as decoding from 'lib0/decoding'
import { afterEach, describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import { connectSynced, eventually, rawSocket } from '../../helpers/clients.js'
import { SYNC_STEP_1_PROBE, captureProviderFrames, isSyncStep2 } from '../../helpers/frames.js'
import { fuzzFrame } from '../../helpers/mutate-frame.js'
import { type SeededRandom, seededRandom, testSeed } from '../../helpers/seeded-random.js'
import { createDocument, startServer } from '../../helpers/server.js'
import { startWellBehavedPair } from '../../helpers/well-behaved-pair.js'

const CONNECTIONS = 240
const PARALLEL = 12
const DONOR_CLIENT_ID = 0x11c0_ffee

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

type Outcome = 'served' | `closed ${number}` | 'neither served nor closed'

/** Whether the server answers `frame` with a sync step 2, if it accepts it: it decodes as sync step 1. */
function asksForSyncStep2(frame: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(frame)
    return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 0
  } catch {
    return false
  }
}

/**
 * Sends `frames` back to back, then the probe. The server either closes the connection or answers
 * every sync step 1, the probe's last: then the frames were applied or ignored and it still serves.
 */
async function fuzzOneConnection(ws: WebSocket, frames: Uint8Array[]): Promise<Outcome> {
  const expectedReplies = frames.filter(asksForSyncStep2).length + 1
  let replies = 0
  const outcome = new Promise<Outcome>((resolve) => {
    ws.on('message', (data: Buffer) => {
      if (isSyncStep2(data) && ++replies === expectedReplies) resolve('served')
    })
    ws.once('close', (code) => resolve(`closed ${code}`))
    setTimeout(() => resolve('neither served nor closed'), 3000).unref()
  })
  for (const frame of [...frames, SYNC_STEP_1_PROBE]) ws.send(frame)
  const result = await outcome
  if (result === 'served') {
    const closed = new Promise((resolve) => ws.once('close', resolve))
    ws.close(1000)
    await closed
  }
  return result
}

/** Per connection: half send one frame, the others two to five back to back. */
function fuzzPlan(random: SeededRandom, corpus: readonly Uint8Array[]): Uint8Array[][] {
  return Array.from({ length: CONNECTIONS }, () => {
    const frames = random.chance(0.5) ? 1 : random.between(2, 5)
    return Array.from({ length: frames }, () => fuzzFrame(random, corpus))
  })
}

describe('protocol fuzzing', () => {
  it('closes each connection sending a random or mutated frame with 1002 or keeps serving it, while the good clients lose nothing, even across a restart', async () => {
    const random = seededRandom(testSeed(0x5eed_0001))
    let t = await startServer()
    cleanups.push(() => t.stop())
    const donor = await createDocument(t.url)
    const corpus = await captureProviderFrames(t.port, donor.id, donor.tokens.edit, DONOR_CLIENT_ID)
    expect(corpus.length).toBeGreaterThanOrEqual(8)
    const doc = await createDocument(t.url)
    const pair = await startWellBehavedPair(t.port, doc.id, doc.tokens.edit)
    cleanups.push(() => pair.destroy())
    const plan = fuzzPlan(random, corpus)
    const logsBefore = t.logs.filter((l) => l.includes('malformed frame')).length

    const outcomes: Outcome[] = []
    const started = Date.now()
    for (let wave = 0; wave < CONNECTIONS; wave += PARALLEL) {
      const batch = plan.slice(wave, wave + PARALLEL)
      const sockets = await Promise.all(batch.map(() => rawSocket(t.port, `/collab/${doc.id}`, [`pepdraft.token.${doc.tokens.edit}`])))
      outcomes.push(...(await Promise.all(batch.map((frames, i) => fuzzOneConnection(sockets[i]!, frames)))))
      expect(outcomes.filter((o) => o !== 'served' && o !== 'closed 1002'), `outcomes up to connection ${wave}`).toEqual([])
      if (wave === PARALLEL * 10) await pair.stillSyncs('during fuzzing')
    }
    const counts = Object.fromEntries([...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length]))
    console.info(`fuzzed ${plan.flat().length} frames on ${CONNECTIONS} connections in ${Date.now() - started} ms:`, counts)

    expect(counts['closed 1002']).toBeGreaterThan(CONNECTIONS / 4)
    expect(t.logs.filter((l) => l.includes('malformed frame')).length - logsBefore).toBe(counts['closed 1002'])
    await eventually(() => t.server.stats.connections === 2, 'only the good pair to stay connected')
    await pair.stillSyncs('after fuzzing')
    await pair.settle()
    const fresh = await connectSynced(t.port, doc.id, doc.tokens.view)
    pair.expectHeldBy(fresh.doc)
    fresh.destroy()

    t = await t.restart()
    const reloaded = await connectSynced(t.port, doc.id, doc.tokens.view)
    cleanups.push(() => reloaded.destroy())
    pair.expectHeldBy(reloaded.doc)
  })
})
