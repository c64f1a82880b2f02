import { rmSync } from 'node:fs'
import { LevelDocumentStore } from '@pepdraft/collab-server'
import { afterEach, describe, expect, it } from 'vitest'
import { connectSynced, eventually } from '../../helpers/clients.js'
import { exited, spawnServer } from '../../helpers/server-process.js'
import { createDocument, tempDataDir } from '../../helpers/server.js'
import { stalledSocket } from '../../helpers/raw-sockets.js'
import { startWellBehavedPair } from '../../helpers/well-behaved-pair.js'

const SEEN_BEFORE_SIGTERM = 200

/** Typically 5–15 s; the margin is for a loaded CI machine (two server processes). */
const HEAVY_TEST_TIMEOUT_MS = 60_000

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('SIGTERM while clients are writing', () => {
  it('flushes and exits 0 promptly, a restarted server holds every update any client had seen, and the writers lose nothing', async () => {
    const dataDir = tempDataDir()
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const first = await spawnServer(dataDir)
    cleanups.push(() => first.child.kill('SIGKILL'))
    const doc = await createDocument(first.url)
    const pair = await startWellBehavedPair(first.port, doc.id, doc.tokens.edit, { chatterMs: 5 })
    const writer = await connectSynced(first.port, doc.id, doc.tokens.edit)
    const observer = await connectSynced(first.port, doc.id, doc.tokens.view)
    cleanups.push(() => pair.destroy(), () => writer.destroy(), () => observer.destroy())
    // A reader that never answers the closing handshake must not hold the shutdown up.
    const stuck = await stalledSocket(first.port, `/collab/${doc.id}`, `pepdraft.token.${doc.tokens.view}`)
    cleanups.push(() => stuck.destroy())

    const log = writer.doc.getArray<number>('log')
    let n = 0
    const steady = setInterval(() => log.push([n++]), 2)
    cleanups.push(() => clearInterval(steady))
    await eventually(() => observer.doc.getArray('log').length >= SEEN_BEFORE_SIGTERM, 'the observer to see the stream', 15_000)
    const signalled = Date.now()
    first.child.kill('SIGTERM')
    expect(await exited(first.child)).toBe(0)
    const shutdownMs = Date.now() - signalled
    // Everything any client had seen: whatever the server relayed before its sockets closed.
    const seenByObserver = observer.doc.getArray<number>('log').toArray()
    const seenByPair = pair.relayed()
    console.info(`SIGTERM once the observer had seen ${seenByObserver.length} of ${n} writes; exited 0 in ${shutdownMs} ms`)
    expect(first.output()).toContain('SIGTERM: flushing documents to disk')
    // The stuck reader is terminated 2 s after the 1001 close; ws alone would wait 30 s for it.
    expect(shutdownMs).toBeLessThan(10_000)
    // A graceful close ends with each room flushed and compacted into one stored snapshot.
    const store = await LevelDocumentStore.open(dataDir)
    expect((await store.loadRoom(doc.id)).updates).toHaveLength(1)
    await store.close()

    const second = await spawnServer(dataDir)
    cleanups.push(() => second.child.kill('SIGKILL'))
    const fresh = await connectSynced(second.port, doc.id, doc.tokens.view)
    cleanups.push(() => fresh.destroy())
    const stored = fresh.doc.getArray<number>('log').toArray()
    expect(stored.slice(0, seenByObserver.length)).toEqual(seenByObserver)
    const storedMarkers = new Set(fresh.doc.getArray<string>('good').toArray())
    expect(seenByPair.filter((m) => !storedMarkers.has(m)), 'markers relayed but not stored').toEqual([])

    // The writers, still running, resend on reconnect what the first server never acknowledged.
    clearInterval(steady)
    writer.provider.serverUrl = `ws://127.0.0.1:${second.port}/collab`
    pair.moveTo(second.port)
    await eventually(() => fresh.doc.getArray('log').length === n, 'every write to reach the restarted server', 10_000)
    expect(fresh.doc.getArray<number>('log').toArray()).toEqual(Array.from({ length: n }, (_, i) => i))
    await pair.stillSyncs('after the restart')
    await pair.settle()
    await eventually(() => fresh.doc.getArray('good').length === pair.a.doc.getArray('good').length, 'the fresh client to catch up')
    pair.expectHeldBy(fresh.doc)
  }, HEAVY_TEST_TIMEOUT_MS)
})
