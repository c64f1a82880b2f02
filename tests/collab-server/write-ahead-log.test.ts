import { readdirSync, rmSync } from 'node:fs'
import { type DocumentStore, LevelDocumentStore, WriteAheadStore, createServer, decodeFrames, encodeFrame } from '@pepdraft/collab-server'
import { afterEach, describe, expect, it } from 'vitest'
import { connectSynced, eventually } from '../helpers/clients.js'
import { createDocument, tempDataDir } from '../helpers/server.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const update = (seq: number, length = 40) => new Uint8Array(length).fill(seq)
/** LevelDB hands back Buffers; compare bytes. */
const bytesOf = ({ updates, firstSeq, lastSeq }: { updates: Uint8Array[]; firstSeq: number; lastSeq: number }) => ({
  updates: updates.map((u) => [...u]),
  firstSeq,
  lastSeq,
})
const logFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('write-ahead.'))

function dataDir(): string {
  const dir = tempDataDir()
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** `store` whose `appendUpdates` waits until `release()`: a LevelDB write in flight. */
function gated(store: DocumentStore) {
  let release!: () => void
  const open = new Promise<void>((resolve) => (release = resolve))
  const wrapped: DocumentStore = {
    getMeta: (id) => store.getMeta(id),
    createDocument: (meta, room, seed) => store.createDocument(meta, room, seed),
    loadRoom: (room) => store.loadRoom(room),
    appendUpdates: async (room, firstSeq, updates) => {
      await open
      await store.appendUpdates(room, firstSeq, updates)
    },
    compact: (room, from, to, state) => store.compact(room, from, to, state),
    close: () => store.close(),
  }
  return { store: wrapped, release }
}

describe('write-ahead log frames', () => {
  const entries = [
    { room: 'abc', seq: 1, update: update(1) },
    { room: 'doc/review', seq: 2 ** 40, update: new Uint8Array() },
    { room: 'ünï', seq: 7, update: update(7, 300) },
  ]
  const bytes = Buffer.concat(entries.map(encodeFrame))

  it('decodes what it encodes, in order', () => {
    expect(decodeFrames(bytes)).toEqual({ entries, validBytes: bytes.length })
  })

  it('drops a torn last frame, cut at any byte, and keeps every frame before it', () => {
    const lastStart = bytes.length - encodeFrame(entries[2]!).length
    for (let cut = lastStart; cut < bytes.length; cut++) {
      expect(decodeFrames(bytes.subarray(0, cut))).toEqual({ entries: entries.slice(0, 2), validBytes: lastStart })
    }
  })

  it('drops a last frame whose bytes changed, and stops at garbage', () => {
    const flipped = Buffer.from(bytes)
    flipped[bytes.length - 5]! ^= 0xff
    expect(decodeFrames(flipped).entries).toEqual(entries.slice(0, 2))
    const garbage = Buffer.concat([bytes, Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4, 5, 6, 7, 8])])
    expect(decodeFrames(garbage)).toEqual({ entries, validBytes: bytes.length })
  })
})

describe('write-ahead store', () => {
  it('never deletes a rotated file before LevelDB holds every update in it, even one appended during a background write', async () => {
    const dir = dataDir()
    const level = await LevelDocumentStore.open(dir)
    const write = gated(level)
    // 64 bytes: two 57-byte frames fill a file.
    const store = await WriteAheadStore.open(dir, write.store, { rotateBytes: 64 })
    for (let seq = 1; seq <= 3; seq++) store.logUpdate('r', seq, update(seq))
    const first = store.appendUpdates('r', 1, [update(1), update(2)])
    // Appended while that write is in flight; the file of 3 and 4 is rotated out meanwhile.
    for (let seq = 4; seq <= 5; seq++) store.logUpdate('r', seq, update(seq))
    expect(logFiles(dir), 'files {1,2} {3,4} {5} while LevelDB has nothing').toHaveLength(3)
    write.release()
    await first
    expect(logFiles(dir), 'only {1,2} is all in LevelDB').toHaveLength(2)
    expect(store.logFileCount).toBe(2)

    // kill -9 now: the log object is abandoned, LevelDB has seqs 1 and 2 only.
    await level.close()
    const reopened = await WriteAheadStore.open(dir, await LevelDocumentStore.open(dir))
    cleanups.push(() => reopened.close())
    expect(bytesOf(await reopened.loadRoom('r'))).toEqual(bytesOf({ updates: [1, 2, 3, 4, 5].map((s) => update(s)), firstSeq: 1, lastSeq: 5 }))
    expect(logFiles(dir), 'replayed files are removed').toEqual([])
  })

  it('deletes rotated files once LevelDB has their updates, and the rest on close', async () => {
    const dir = dataDir()
    const store = await WriteAheadStore.open(dir, await LevelDocumentStore.open(dir), { rotateBytes: 64, writeBehindMs: 1 })
    for (let seq = 1; seq <= 5; seq++) {
      store.logUpdate('r', seq, update(seq))
      await store.appendUpdates('r', seq, [update(seq)])
    }
    expect(logFiles(dir)).toHaveLength(1)
    await store.close()
    expect(logFiles(dir)).toEqual([])
  })

  it('replays only updates LevelDB lacks, so a compacted snapshot is never shadowed by older updates', async () => {
    const dir = dataDir()
    const level = await LevelDocumentStore.open(dir)
    const store = await WriteAheadStore.open(dir, level)
    for (let seq = 1; seq <= 4; seq++) store.logUpdate('r', seq, update(seq))
    await store.appendUpdates('r', 1, [1, 2, 3].map((s) => update(s)))
    const snapshot = update(99)
    await store.compact('r', 1, 3, snapshot)
    await level.close()
    const reopened = await WriteAheadStore.open(dir, await LevelDocumentStore.open(dir))
    cleanups.push(() => reopened.close())
    expect(bytesOf(await reopened.loadRoom('r'))).toEqual(bytesOf({ updates: [snapshot, update(4)], firstSeq: 3, lastSeq: 4 }))
  })

  it('relays an update whose append failed only once LevelDB has it', async () => {
    const dir = dataDir()
    const level = await LevelDocumentStore.open(dir)
    const write = gated(level)
    const logs: string[] = []
    const store: DocumentStore = {
      ...write.store,
      logUpdate: () => {
        throw new Error('ENOSPC: no space left on device')
      },
    }
    const server = createServer({ store, log: (line) => logs.push(line) })
    const { url, port } = await server.listen(0)
    cleanups.push(() => level.close(), () => server.close())
    const doc = await createDocument(url)
    const writer = await connectSynced(port, doc.id, doc.tokens.edit)
    const observer = await connectSynced(port, doc.id, doc.tokens.view)
    cleanups.push(() => writer.destroy(), () => observer.destroy())
    writer.doc.getText('scratch').insert(0, 'held')
    await eventually(() => logs.some((line) => line.includes('write-ahead log failed')), 'the failed append to be logged')
    await new Promise((r) => setTimeout(r, 200))
    expect(observer.doc.getText('scratch').toString()).toBe('')
    write.release()
    await eventually(() => observer.doc.getText('scratch').toString() === 'held', 'the relay after the LevelDB write')
  })
})
