import { afterEach, describe, expect, it } from 'vitest'
import { type Client, connectSynced, eventually } from '../../helpers/clients.js'
import { mib } from '../../helpers/memory.js'
import { createDocument, startServer } from '../../helpers/server.js'
import { stalledSocket } from '../../helpers/raw-sockets.js'
import { startWellBehavedPair } from '../../helpers/well-behaved-pair.js'

const CHUNK = 64 * 1024
const WARM_UP = 200
const UPDATES = 800
/** DEFAULT_LIMITS.maxBufferedBytes: small enough to trip within the stream, large enough that the in-process pair never lags past it. */
const MAX_BUFFERED = 8 * 1024 * 1024
/** Coarse: V8 and LevelDB alone move rss by tens of MiB here; a backlog kept per stuck reader would add the whole stream each time. */
const RSS_GROWTH_BOUND = 200 * 1024 * 1024

/** Typically 5–15 s; the margin is for a loaded CI machine (50 MiB streamed). */
const HEAVY_TEST_TIMEOUT_MS = 60_000

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Insert then delete 64 KiB, `count` times: each insert is a 64 KiB frame for every reader, yet the document stays small. */
async function stream(writer: Client, from: number, count: number, during?: () => Promise<void>): Promise<void> {
  const text = writer.doc.getText('stream')
  const seq = writer.doc.getArray<number>('stream-seq')
  for (let i = from; i < from + count; i++) {
    text.insert(0, String(i % 10).repeat(CHUNK))
    text.delete(0, CHUNK)
    seq.push([i])
    if (i % 4 === 0) await sleep(1)
    if (i === from + Math.floor(count / 2)) await during?.()
  }
}

describe('a client that never reads', () => {
  it('is closed once its backlog passes the limit while a writer streams large updates, and memory stays bounded', async () => {
    let t = await startServer({ maxBufferedBytes: MAX_BUFFERED })
    cleanups.push(() => t.stop())
    const doc = await createDocument(t.url)
    const pair = await startWellBehavedPair(t.port, doc.id, doc.tokens.edit)
    const writer = await connectSynced(t.port, doc.id, doc.tokens.edit)
    cleanups.push(() => pair.destroy(), () => writer.destroy())
    await stream(writer, 0, WARM_UP)
    await eventually(() => pair.b.doc.getArray('stream-seq').length === WARM_UP, 'the pair to receive the warm-up', 15_000)
    const stuck = await stalledSocket(t.port, `/collab/${doc.id}`, `pepdraft.token.${doc.tokens.edit}`)
    cleanups.push(() => stuck.destroy())
    expect(t.server.stats.connections).toBe(4)

    const before = process.memoryUsage().rss
    let peak = before
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25)
    const started = Date.now()
    await stream(writer, WARM_UP, UPDATES, () => pair.stillSyncs('while streaming', 10_000))
    const streamMs = Date.now() - started
    const total = WARM_UP + UPDATES
    await eventually(() => pair.b.doc.getArray('stream-seq').length === total, 'the pair to receive the whole stream', 15_000)
    // Closed with 1013, then terminated 2 s later: a reader that never reads never answers the close.
    await eventually(() => t.server.stats.connections === 3, 'the stuck client to be closed', 5000)
    clearInterval(sampler)
    const after = process.memoryUsage().rss
    console.info(
      `streamed ${UPDATES} × 64 KiB (${mib(UPDATES * CHUNK)}) past a stuck reader in ${streamMs} ms; ` +
        `rss ${mib(before)} → peak ${mib(peak)} → ${mib(after)} after it was closed`,
    )
    // Only the stuck reader (#4; the pair is #1 and #2, the writer #3) was closed as too slow.
    expect(t.logs.filter((l) => l.includes('closing slow client'))).toEqual([expect.stringMatching(/ edit #4: closing slow client/)])
    expect(peak - before).toBeLessThan(RSS_GROWTH_BOUND)

    await pair.stillSyncs('after the slow client')
    await pair.settle()
    writer.destroy()
    t = await t.restart()
    const reloaded = await connectSynced(t.port, doc.id, doc.tokens.view)
    cleanups.push(() => reloaded.destroy())
    pair.expectHeldBy(reloaded.doc)
    expect(reloaded.doc.getArray('stream-seq').length).toBe(total)
  }, HEAVY_TEST_TIMEOUT_MS)
})
