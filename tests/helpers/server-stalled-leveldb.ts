/**
 * A collab-server process whose LevelDB never finishes writing an update: everything a client sees
 * is in the write-ahead log alone. With `KILL_AT_APPEND=n` it SIGKILLs itself as its n-th append
 * begins — the crash point between "received" and "logged", where nothing must have been relayed.
 * Run by tests/collab-server/reliability/kill-before-leveldb-write.test.ts.
 */
import { type DocumentStore, LevelDocumentStore, WriteAheadStore, createServer } from '@pepdraft/collab-server'

const dataDir = process.env.DATA_DIR!
const killAtAppend = Number(process.env.KILL_AT_APPEND ?? Number.POSITIVE_INFINITY)

const level = await LevelDocumentStore.open(dataDir)
const stalled: DocumentStore = {
  getMeta: (id) => level.getMeta(id),
  createDocument: (meta, room, seed) => level.createDocument(meta, room, seed),
  loadRoom: (room) => level.loadRoom(room),
  appendUpdates: () => new Promise<void>(() => {}),
  compact: (room, from, to, state) => level.compact(room, from, to, state),
  close: () => level.close(),
}
const logged = await WriteAheadStore.open(dataDir, stalled)
let appends = 0
const store: DocumentStore = {
  getMeta: (id) => logged.getMeta(id),
  createDocument: (meta, room, seed) => logged.createDocument(meta, room, seed),
  loadRoom: (room) => logged.loadRoom(room),
  appendUpdates: (room, firstSeq, updates) => logged.appendUpdates(room, firstSeq, updates),
  compact: (room, from, to, state) => logged.compact(room, from, to, state),
  close: () => logged.close(),
  logUpdate(room, seq, update) {
    if (++appends === killAtAppend) process.kill(process.pid, 'SIGKILL')
    logged.logUpdate(room, seq, update)
  },
}
const { url } = await createServer({ store }).listen(Number(process.env.PORT ?? 0), '127.0.0.1')
console.log(`stalled-LevelDB server running at ${url}`)
