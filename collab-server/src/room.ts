import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Connection } from './connection.js'
import type { DocumentStore, StoredRoom } from './persistence/store.js'
import { awarenessMessage, handleFrame, syncStep1Message, updateMessage } from './protocol.js'

export interface RoomOptions {
  compactAfterUpdates: number
  log: (line: string) => void
}

interface PendingUpdate {
  update: Uint8Array
  origin: unknown
  /** Its place in the room's stored updates, fixed when it arrives: the write-ahead log records it. */
  seq: number
  relayed: boolean
}

const RETRY_STORE_MS = 1000

/**
 * One Yjs document with its awareness and connections. An update is relayed to other clients only
 * once it would survive `kill -9`: at once when the store's write-ahead log has appended it
 * (`logUpdate`), else once its batch is written. Batches are group commits: everything that
 * arrives while a write is in flight goes into the next one. Updates are relayed in order, so after
 * a failed append the next ones wait for the store too. A failed write keeps the update in memory
 * and retries (Hocuspocus: "to avoid data loss"), relaying anyway so collaboration goes on.
 */
export class Room {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  private readonly connections = new Map<Connection, Set<number>>()
  private pending: PendingUpdate[] = []
  private writing: Promise<void> | undefined
  private retryTimer: NodeJS.Timeout | undefined
  private updatesSinceCompaction: number
  /** Lowest and highest seq in the store (0 when empty), and the seq the next update gets. */
  private firstSeq: number
  private storedSeq: number
  private nextSeq: number
  /** Updates applied but not relayed yet. */
  private unrelayed = 0

  private constructor(
    readonly name: string,
    private readonly store: DocumentStore,
    stored: StoredRoom,
    private readonly options: RoomOptions,
  ) {
    this.firstSeq = stored.firstSeq
    this.storedSeq = stored.lastSeq
    this.nextSeq = stored.lastSeq + 1
    this.updatesSinceCompaction = stored.updates.length
    this.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(this.doc, update)
    })
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const pending = { update, origin, seq: this.nextSeq++, relayed: false }
      this.pending.push(pending)
      this.unrelayed += 1
      if (this.unrelayed === 1 && this.appendToLog(pending)) this.relay([pending])
      this.scheduleWrite()
    })
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  /** Loads the stored state before anyone can sync: a fresh client must never see an empty document. */
  static async load(name: string, store: DocumentStore, options: RoomOptions): Promise<Room> {
    return new Room(name, store, await store.loadRoom(name), options)
  }

  get connectionCount(): number {
    return this.connections.size
  }

  join(conn: Connection): void {
    this.connections.set(conn, new Set())
    conn.send(syncStep1Message(this.doc))
    const states = [...this.awareness.getStates().keys()]
    if (states.length > 0) conn.send(awarenessMessage(this.awareness, states))
  }

  /** Handles one frame; throws MalformedFrameError for the caller to close that connection. */
  receive(conn: Connection, frame: Uint8Array): void {
    const result = handleFrame(this.doc, frame, conn.canWrite, conn)
    switch (result.kind) {
      case 'reply':
        conn.send(result.message)
        break
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(this.awareness, result.update, conn)
        break
      case 'query-awareness':
        conn.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]))
        break
      case 'dropped':
      case 'applied':
      case 'ignored':
        break
    }
  }

  leave(conn: Connection): void {
    const controlled = this.connections.get(conn)
    this.connections.delete(conn)
    if (controlled && controlled.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null)
    }
  }

  /** Resolves when every update applied so far is on disk (or has failed and awaits retry). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing
  }

  /** True when some applied update has not reached the store yet. */
  get hasUnsavedUpdates(): boolean {
    return this.pending.length > 0 || this.writing !== undefined
  }

  /** Flushes, merges stored updates into one snapshot, and releases the document. */
  async close(): Promise<void> {
    await this.flush()
    if (this.pending.length > 0) throw new Error(`${this.pending.length} updates are not stored yet`)
    if (this.pending.length === 0 && this.updatesSinceCompaction > 1) await this.compactNow()
    clearTimeout(this.retryTimer)
    for (const conn of this.connections.keys()) this.leave(conn)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private broadcast(message: Uint8Array, except?: unknown): void {
    for (const conn of this.connections.keys()) if (conn !== except) conn.send(message)
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed]
    const controlled = this.connections.get(origin as Connection)
    if (controlled) {
      for (const id of [...change.added, ...change.updated]) controlled.add(id)
      for (const id of change.removed) controlled.delete(id)
    }
    this.broadcast(awarenessMessage(this.awareness, changed))
  }

  /** True when the store's write-ahead log holds the update; a failure is logged and the update waits for the store. */
  private appendToLog(pending: PendingUpdate): boolean {
    if (!this.store.logUpdate) return false
    try {
      this.store.logUpdate(this.name, pending.seq, pending.update)
      return true
    } catch (err) {
      this.options.log(`write-ahead log failed for room ${this.name}, relaying after the store write: ${String(err)}`)
      return false
    }
  }

  private scheduleWrite(): void {
    if (this.writing || this.retryTimer) return
    this.writing = this.writePending().finally(() => {
      this.writing = undefined
      if (this.pending.length > 0) this.scheduleWrite()
    })
  }

  private async writePending(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending
      this.pending = []
      try {
        await this.store.appendUpdates(this.name, batch[0]!.seq, batch.map((p) => p.update))
      } catch (err) {
        this.options.log(`store failed for room ${this.name}, keeping ${batch.length} updates in memory: ${String(err)}`)
        this.relay(batch)
        this.pending = batch.concat(this.pending)
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined
          this.scheduleWrite()
        }, RETRY_STORE_MS)
        return
      }
      if (this.firstSeq === 0) this.firstSeq = batch[0]!.seq
      this.storedSeq = batch.at(-1)!.seq
      this.updatesSinceCompaction += batch.length
      this.relay(batch)
      if (this.updatesSinceCompaction >= this.options.compactAfterUpdates) await this.compactNow()
    }
  }

  private relay(batch: PendingUpdate[]): void {
    const fresh = batch.filter((p) => !p.relayed)
    if (fresh.length === 0) return
    for (const p of fresh) p.relayed = true
    this.unrelayed -= fresh.length
    const origins = new Set(fresh.map((p) => p.origin))
    const update = fresh.length === 1 ? fresh[0]!.update : Y.mergeUpdates(fresh.map((p) => p.update))
    // The sender already has its own update; everyone else gets it once.
    this.broadcast(updateMessage(update), origins.size === 1 ? fresh[0]!.origin : undefined)
  }

  private async compactNow(): Promise<void> {
    if (this.storedSeq === 0) return
    try {
      await this.store.compact(this.name, this.firstSeq, this.storedSeq, Y.encodeStateAsUpdate(this.doc))
      this.firstSeq = this.storedSeq
      this.updatesSinceCompaction = 1
    } catch (err) {
      this.options.log(`compaction failed for room ${this.name}, will retry later: ${String(err)}`)
    }
  }
}
