import type { UpdateRun } from './store.js'

/**
 * Behind the write-ahead log LevelDB only has to catch up, so runs queued within `delayMs` of the
 * first one go to it as one batch. Profiled under the bench's sync load (2 cores, the load
 * generator on one): each `db.batch()` wakes a libuv worker thread, which took the server's main
 * thread off its core for ~0.4 ms per call — one write per update put that on every relay. One
 * write every `delayMs` for all rooms leaves a handful of wake-ups per second.
 */
export const DEFAULT_WRITE_BEHIND_MS = 200

interface Queued {
  run: UpdateRun
  resolve: () => void
  reject: (err: unknown) => void
}

export class WriteBehindQueue {
  private queued: Queued[] = []
  private timer: NodeJS.Timeout | undefined
  private readonly writing = new Set<Promise<void>>()

  constructor(
    private readonly write: (runs: readonly UpdateRun[]) => Promise<void>,
    private readonly delayMs = DEFAULT_WRITE_BEHIND_MS,
  ) {}

  /** Resolves once the store holds `run`; rejects, for the caller to retry, when its batch failed. */
  add(run: UpdateRun): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queued.push({ run, resolve, reject })
      this.timer ??= setTimeout(() => void this.flush(), this.delayMs)
    })
  }

  /** Writes everything queued now, and resolves once every write started so far has ended (close). */
  async flush(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    const batch = this.queued
    this.queued = []
    if (batch.length > 0) {
      const written = this.write(batch.map((q) => q.run)).then(
        () => batch.forEach((q) => q.resolve()),
        (err: unknown) => batch.forEach((q) => q.reject(err)),
      )
      this.writing.add(written)
      void written.finally(() => this.writing.delete(written))
    }
    await Promise.all(this.writing)
  }
}
