import { unlinkSync } from 'node:fs'
import type { LogEntry } from './log-frame.js'
import type { DocumentMeta, DocumentStore, StoredRoom, UpdateRun } from './store.js'
import { DEFAULT_ROTATE_BYTES, WriteAheadLog, readLeftoverLog } from './write-ahead-log.js'
import { DEFAULT_WRITE_BEHIND_MS, WriteBehindQueue } from './write-behind.js'

export interface WriteAheadOptions {
  /** Size at which the active log file is sealed and a new one started. */
  rotateBytes?: number
  /** How long updates wait to be written to the store together (write-behind.ts). */
  writeBehindMs?: number
}

/**
 * A store (LevelDB) fronted by a write-ahead log in `directory`: `logUpdate` makes an update
 * survive `kill -9` with one synchronous append, so a room can relay it at once and let
 * `appendUpdates` write LevelDB in the background, every room's runs in one batch every
 * `writeBehindMs`. Opening replays what a killed process left in
 * the log into the store, before any room is loaded, and removes those files.
 */
export class WriteAheadStore implements DocumentStore {
  private readonly behind: WriteBehindQueue

  private constructor(
    private readonly inner: DocumentStore,
    private readonly log: WriteAheadLog,
    writeBehindMs: number,
  ) {
    this.behind = new WriteBehindQueue((runs) => writeRuns(inner, runs), writeBehindMs)
  }

  static async open(directory: string, inner: DocumentStore, options: WriteAheadOptions = {}): Promise<WriteAheadStore> {
    const leftover = readLeftoverLog(directory)
    await replay(inner, leftover.entries)
    for (const path of leftover.files) unlinkSync(path)
    const log = new WriteAheadLog(directory, leftover.nextFileNumber, options.rotateBytes ?? DEFAULT_ROTATE_BYTES)
    return new WriteAheadStore(inner, log, options.writeBehindMs ?? DEFAULT_WRITE_BEHIND_MS)
  }

  /** Files of the log on disk (tests). */
  get logFileCount(): number {
    return this.log.fileCount
  }

  logUpdate(room: string, seq: number, update: Uint8Array): void {
    this.log.append({ room, seq, update })
  }

  async appendUpdates(room: string, firstSeq: number, updates: Uint8Array[]): Promise<void> {
    await this.behind.add({ room, firstSeq, updates })
    this.log.markStored(room, firstSeq + updates.length - 1)
  }

  getMeta(id: string): Promise<DocumentMeta | undefined> {
    return this.inner.getMeta(id)
  }

  createDocument(meta: DocumentMeta, room: string, seed: Uint8Array): Promise<void> {
    return this.inner.createDocument(meta, room, seed)
  }

  loadRoom(room: string): Promise<StoredRoom> {
    return this.inner.loadRoom(room)
  }

  compact(room: string, fromSeq: number, toSeq: number, state: Uint8Array): Promise<void> {
    return this.inner.compact(room, fromSeq, toSeq, state)
  }

  async close(): Promise<void> {
    await this.behind.flush()
    this.log.close()
    await this.inner.close()
  }
}

/** One batch when the store can take several rooms at once, else one append per run. */
async function writeRuns(store: DocumentStore, runs: readonly UpdateRun[]): Promise<void> {
  if (store.appendUpdateRuns) return store.appendUpdateRuns(runs)
  await Promise.all(runs.map((run) => store.appendUpdates(run.room, run.firstSeq, run.updates)))
}

/**
 * Writes the logged entries the store lacks. A room's batches reach the store in seq order, so
 * it holds every entry up to its highest stored seq (or their compacted snapshot): only newer
 * ones are written, at the seq they were logged with.
 */
async function replay(store: DocumentStore, entries: LogEntry[]): Promise<void> {
  const byRoom = new Map<string, Map<number, Uint8Array>>()
  for (const { room, seq, update } of entries) {
    let updates = byRoom.get(room)
    if (!updates) byRoom.set(room, (updates = new Map()))
    updates.set(seq, update)
  }
  for (const [room, updates] of byRoom) {
    const { lastSeq } = await store.loadRoom(room)
    const missing = [...updates.keys()].filter((seq) => seq > lastSeq).sort((a, b) => a - b)
    // appendUpdates takes consecutive seqs; an update whose append failed left a gap.
    let run: number[] = []
    for (const seq of missing) {
      if (run.length > 0 && seq !== run.at(-1)! + 1) {
        await store.appendUpdates(room, run[0]!, run.map((s) => updates.get(s)!))
        run = []
      }
      run.push(seq)
    }
    if (run.length > 0) await store.appendUpdates(room, run[0]!, run.map((s) => updates.get(s)!))
  }
}
