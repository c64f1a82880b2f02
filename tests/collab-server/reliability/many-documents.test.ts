import { CONTENT_FIELD } from '@pepdraft/core'
import { LevelDocumentStore } from '@pepdraft/collab-server'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectSynced, eventually, rawSocket } from '../../helpers/clients.js'
import { SYNC_STEP_1_PROBE, isSyncStep2, updateFrame } from '../../helpers/frames.js'
import { mib } from '../../helpers/memory.js'
import { seededRandom, testSeed } from '../../helpers/seeded-random.js'
import { canCollectGarbage, settledHeapUsed } from '../../helpers/memory.js'
import { type CreatedDocument, createDocument, startServer } from '../../helpers/server.js'
import { startWellBehavedPair } from '../../helpers/well-behaved-pair.js'

const DOCUMENTS = 1000
const PARALLEL = 24
/** Far above what PARALLEL visits keep loaded while eviction works; reached within a second if it stopped. */
const MAX_ROOMS = 250
const SAMPLE = 25

/** Typically 5–15 s; the margin is for a loaded CI machine (a thousand documents). */
const HEAVY_TEST_TIMEOUT_MS = 60_000

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** Connects with the edit token, asks for the document (sync step 1), writes a marker, and leaves. */
async function visit(port: number, doc: CreatedDocument): Promise<void> {
  const ws = await rawSocket(port, `/collab/${doc.id}`, [`pepdraft.token.${doc.tokens.edit}`])
  const marker = new Y.Doc()
  marker.getText('marker').insert(0, `visited ${doc.id}`)
  const answered = new Promise<void>((resolve) => ws.on('message', (data: Buffer) => isSyncStep2(data) && resolve()))
  ws.send(SYNC_STEP_1_PROBE)
  ws.send(updateFrame(marker))
  await answered
  ws.close()
}

/** Runs `task` on every item, at most `parallel` at a time. */
async function inParallel<T>(items: readonly T[], parallel: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < items.length) await task(items[next++]!)
  }))
}

describe('a thousand documents', () => {
  it('are each opened, written and evicted within the room limit, leave the heap near its baseline, and all load back with their content', async () => {
    const random = seededRandom(testSeed(0x5eed_0005))
    let t = await startServer({ evictAfterMs: 50, maxRooms: MAX_ROOMS })
    cleanups.push(() => t.stop())
    const home = await createDocument(t.url)
    const pair = await startWellBehavedPair(t.port, home.id, home.tokens.edit)
    cleanups.push(() => pair.destroy())

    let started = Date.now()
    const docs: CreatedDocument[] = []
    await inParallel(Array.from({ length: DOCUMENTS }), 16, async () => void docs.push(await createDocument(t.url)))
    const createMs = Date.now() - started
    const baseline = await settledHeapUsed()

    started = Date.now()
    let peakRooms = 0
    await inParallel(docs, PARALLEL, async (doc) => {
      await visit(t.port, doc)
      peakRooms = Math.max(peakRooms, t.server.stats.rooms)
    })
    const visitMs = Date.now() - started
    await pair.stillSyncs('after visiting every document')
    await eventually(() => t.server.stats.rooms === 1, 'every visited room to be evicted, leaving the pair’s', 10_000)
    const settled = await settledHeapUsed()
    console.info(
      `created ${DOCUMENTS} documents in ${createMs} ms, visited them ${PARALLEL} at a time in ${visitMs} ms ` +
        `(at most ${peakRooms} rooms loaded); heap ${mib(baseline)} → ${mib(settled)} after eviction` +
        (canCollectGarbage() ? ' (after gc)' : ' (no gc available)'),
    )
    // A loaded room holds about 60 KiB: 1000 rooms kept alive would add about 60 MiB.
    expect(settled).toBeLessThan(baseline * (canCollectGarbage() ? 1.5 : 3))

    await pair.settle()
    await t.server.close()
    const store = await LevelDocumentStore.open(t.dataDir)
    for (const doc of docs) {
      const stored = await store.loadRoom(doc.id)
      const loaded = new Y.Doc()
      Y.transact(loaded, () => stored.updates.forEach((u) => Y.applyUpdate(loaded, u)))
      expect(loaded.getText('marker').toString(), doc.id).toBe(`visited ${doc.id}`)
      expect(loaded.getXmlFragment(CONTENT_FIELD).length, doc.id).toBeGreaterThan(0)
      expect(stored.updates, `${doc.id} compacted on eviction`).toHaveLength(1)
    }
    await store.close()

    t = await startServer({ evictAfterMs: 50, maxRooms: MAX_ROOMS }, t.dataDir)
    for (const doc of Array.from({ length: SAMPLE }, () => random.pick(docs))) {
      const fresh = await connectSynced(t.port, doc.id, doc.tokens.view)
      expect(fresh.doc.getText('marker').toString()).toBe(`visited ${doc.id}`)
      fresh.destroy()
    }
    const reloaded = await connectSynced(t.port, home.id, home.tokens.view)
    cleanups.push(() => reloaded.destroy())
    pair.expectHeldBy(reloaded.doc)
  }, HEAVY_TEST_TIMEOUT_MS)
})
