import { ClassicLevel } from 'classic-level'
import type { DocumentMeta, DocumentStore, StoredRoom, UpdateRun } from './store.js'

/**
 * Key layout (one database, utf8 keys):
 *   `m!<docId>`              → DocumentMeta as JSON
 *   `u!<room>!<seq:12 digits>` → one Yjs update (binary)
 * Room names never contain `!` (DOC_ID_PATTERN), and zero-padded sequence numbers sort in order.
 */
const META = 'm!'
const UPDATE = 'u!'
const SEQ_DIGITS = 12

function updateKey(room: string, seq: number): string {
  return `${UPDATE}${room}!${String(seq).padStart(SEQ_DIGITS, '0')}`
}

export class LevelDocumentStore implements DocumentStore {
  private constructor(private readonly db: ClassicLevel<string, Uint8Array>) {}

  static async open(directory: string): Promise<LevelDocumentStore> {
    const db = new ClassicLevel<string, Uint8Array>(directory, { keyEncoding: 'utf8', valueEncoding: 'view' })
    await db.open()
    return new LevelDocumentStore(db)
  }

  async getMeta(id: string): Promise<DocumentMeta | undefined> {
    const value = await this.db.get(META + id)
    return value === undefined ? undefined : (JSON.parse(new TextDecoder().decode(value)) as DocumentMeta)
  }

  async createDocument(meta: DocumentMeta, room: string, seed: Uint8Array): Promise<void> {
    await this.db.batch([
      { type: 'put', key: META + meta.id, value: new TextEncoder().encode(JSON.stringify(meta)) },
      { type: 'put', key: updateKey(room, 1), value: seed },
    ])
  }

  async loadRoom(room: string): Promise<StoredRoom> {
    const prefix = `${UPDATE}${room}!`
    const updates: Uint8Array[] = []
    let firstSeq = 0
    let lastSeq = 0
    for await (const [key, value] of this.db.iterator({ gt: prefix, lt: prefix + '\xff' })) {
      const seq = Number(key.slice(prefix.length))
      if (firstSeq === 0) firstSeq = seq
      lastSeq = seq
      updates.push(value)
    }
    return { updates, firstSeq, lastSeq }
  }

  appendUpdates(room: string, firstSeq: number, updates: Uint8Array[]): Promise<void> {
    return this.appendUpdateRuns([{ room, firstSeq, updates }])
  }

  async appendUpdateRuns(runs: readonly UpdateRun[]): Promise<void> {
    await this.db.batch(
      runs.flatMap(({ room, firstSeq, updates }) =>
        updates.map((value, i) => ({ type: 'put' as const, key: updateKey(room, firstSeq + i), value })),
      ),
    )
  }

  async compact(room: string, fromSeq: number, toSeq: number, state: Uint8Array): Promise<void> {
    const batch = this.db.batch()
    for (let seq = fromSeq; seq < toSeq; seq++) batch.del(updateKey(room, seq))
    batch.put(updateKey(room, toSeq), state)
    await batch.write()
  }

  async close(): Promise<void> {
    await this.db.close()
  }
}
