import { THREADS_MAP, type Thread } from '@pepdraft/core'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { collabUrl, tokenProtocol } from '../../lib/collabSession.js'

export interface ReviewRoomState {
  /** Every thread, oldest first. */
  threads: readonly Thread[]
  /** The server answered once: an empty list now means "no threads", not "not loaded yet". */
  synced: boolean
}

/**
 * The `<docId>/review` room: a Y.Map of threads that only the server writes (DESIGN.md). Clients
 * read it live; every change goes through the HTTP API and comes back through this room.
 */
export class ReviewRoom {
  readonly ydoc = new Y.Doc()
  readonly provider: WebsocketProvider
  private readonly threads: Y.Map<Thread>
  private state: ReviewRoomState = { threads: [], synced: false }
  private readonly listeners = new Set<() => void>()
  private readonly connectTimer: ReturnType<typeof setTimeout>

  constructor(docId: string, token: string) {
    this.threads = this.ydoc.getMap<Thread>(THREADS_MAP)
    this.provider = new WebsocketProvider(collabUrl(location), `${docId}/review`, this.ydoc, {
      protocols: [tokenProtocol(token)],
      disableBc: true,
      connect: false,
    })
    // Next tick, as CollabSession does: StrictMode's double mount would cut a socket mid-handshake.
    this.connectTimer = setTimeout(() => this.provider.connect(), 0)
    this.threads.observe(this.refresh)
    this.provider.on('sync', this.onSync)
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getState = (): ReviewRoomState => this.state

  destroy(): void {
    clearTimeout(this.connectTimer)
    this.threads.unobserve(this.refresh)
    this.provider.off('sync', this.onSync)
    this.provider.destroy()
    this.ydoc.destroy()
    this.listeners.clear()
  }

  private readonly onSync = (synced: boolean): void => {
    if (synced && !this.state.synced) this.set({ ...this.state, synced: true })
  }

  private readonly refresh = (): void => {
    const threads = [...this.threads.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    this.set({ ...this.state, threads })
  }

  private set(next: ReviewRoomState): void {
    this.state = next
    for (const listener of this.listeners) listener()
  }
}
