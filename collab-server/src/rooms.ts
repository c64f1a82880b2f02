import type { Limits } from './limits.js'
import type { DocumentStore } from './persistence/store.js'
import { Room } from './room.js'

export class RoomLimitError extends Error {
  override name = 'RoomLimitError'
}

interface Entry {
  room: Promise<Room>
  evictTimer?: NodeJS.Timeout
  evicting?: Promise<void>
  /** Callers holding the room outside a connection (an API call in progress). */
  holds: number
}

/**
 * The rooms loaded in this process. Concurrent opens of one room share one load; a room with no
 * connection and no hold is flushed, compacted and forgotten `evictAfterMs` later.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly store: DocumentStore,
    private readonly limits: Pick<Limits, 'maxRooms' | 'evictAfterMs' | 'compactAfterUpdates'>,
    private readonly log: (line: string) => void,
  ) {}

  get size(): number {
    return this.entries.size
  }

  /** The loaded room, loading it if needed; the caller must `release` it when done. */
  async acquire(name: string): Promise<Room> {
    let entry = this.entries.get(name)
    while (entry?.evicting) {
      await entry.evicting
      entry = this.entries.get(name)
    }
    if (!entry) {
      if (this.entries.size >= this.limits.maxRooms) {
        throw new RoomLimitError(`this server holds its maximum of ${this.limits.maxRooms} open documents`)
      }
      const room = Room.load(name, this.store, { compactAfterUpdates: this.limits.compactAfterUpdates, log: this.log })
      entry = { room, holds: 0 }
      this.entries.set(name, entry)
      room.catch(() => this.entries.delete(name))
    }
    entry.holds += 1
    clearTimeout(entry.evictTimer)
    entry.evictTimer = undefined
    return entry.room
  }

  release(name: string): void {
    const entry = this.entries.get(name)
    if (!entry) return
    entry.holds -= 1
    if (entry.holds > 0) return
    entry.evictTimer = setTimeout(() => void this.evict(name, entry), this.limits.evictAfterMs)
    entry.evictTimer.unref()
  }

  /** Runs `fn` on the room, holding it loaded meanwhile. */
  async use<T>(name: string, fn: (room: Room) => T | Promise<T>): Promise<T> {
    const room = await this.acquire(name)
    try {
      return await fn(room)
    } finally {
      this.release(name)
    }
  }

  /** Flushes every room (graceful shutdown) and forgets them all. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.entries()].map(([name, entry]) => this.evict(name, entry)))
  }

  private async evict(name: string, entry: Entry): Promise<void> {
    if (entry.evicting) return entry.evicting
    clearTimeout(entry.evictTimer)
    entry.evicting = (async () => {
      try {
        const room = await entry.room
        await room.close()
        this.entries.delete(name)
      } catch (err) {
        // Keep the room (and its unsaved updates) in memory; try again later.
        this.log(`evicting room ${name} deferred: ${String(err)}`)
        entry.evicting = undefined
        if (entry.holds === 0) {
          entry.evictTimer = setTimeout(() => void this.evict(name, entry), this.limits.evictAfterMs)
          entry.evictTimer.unref()
        }
      }
    })()
    return entry.evicting
  }
}
