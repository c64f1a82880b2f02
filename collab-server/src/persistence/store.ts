import type { Role } from '../auth.js'

/** What the server keeps about a document besides its Yjs state. Tokens are stored only as hashes. */
export interface DocumentMeta {
  id: string
  template: string
  createdAt: string
  tokenHashes: Record<Role, string>
}

/** Stored updates of one room, in order, and the sequence numbers they occupy. */
export interface StoredRoom {
  updates: Uint8Array[]
  /** Lowest and highest sequence number present; both 0 when the room has nothing stored. */
  firstSeq: number
  lastSeq: number
}

/** Consecutive updates of one room, stored at `firstSeq, firstSeq + 1, …`. */
export interface UpdateRun {
  room: string
  firstSeq: number
  updates: Uint8Array[]
}

/** The persistence the server needs; LevelDB implements it (persistence/leveldb.ts). */
export interface DocumentStore {
  getMeta(id: string): Promise<DocumentMeta | undefined>
  /** Writes the metadata and the room's first update in one atomic batch. */
  createDocument(meta: DocumentMeta, room: string, seed: Uint8Array): Promise<void>
  loadRoom(room: string): Promise<StoredRoom>
  /** Appends updates at `firstSeq, firstSeq + 1, …` in one atomic batch. */
  appendUpdates(room: string, firstSeq: number, updates: Uint8Array[]): Promise<void>
  /** Optional: several rooms' runs in one atomic batch (one LevelDB write instead of one per room). */
  appendUpdateRuns?(runs: readonly UpdateRun[]): Promise<void>
  /**
   * Optional write-ahead step (persistence/write-ahead-store.ts): makes one update survive `kill -9`
   * synchronously, before `appendUpdates` stores it at `seq`; throws when it cannot. Without it an
   * update is safe only once `appendUpdates` resolves.
   */
  logUpdate?(room: string, seq: number, update: Uint8Array): void
  /**
   * Replaces updates `fromSeq..toSeq` with `state` stored at `toSeq`, in one atomic batch. `toSeq`,
   * not a new seq: later seqs may already be logged for updates on their way to the store.
   */
  compact(room: string, fromSeq: number, toSeq: number, state: Uint8Array): Promise<void>
  close(): Promise<void>
}
