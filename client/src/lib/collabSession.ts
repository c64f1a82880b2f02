import { CONTENT_FIELD, PREAMBLE_MAP } from '@pepdraft/core'
import { IndexeddbPersistence } from 'y-indexeddb'
import { removeAwarenessStates } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { localCopyName } from './localCopy.js'

export type ConnectionPhase = 'connecting' | 'live' | 'offline' | 'closed'

export interface SessionState {
  /** Content is there to show: the server synced once, or the local cache held a copy. */
  loaded: boolean
  phase: ConnectionPhase
  /** Local Yjs updates made since the server last confirmed a sync. */
  unsyncedChanges: number
  /** Why the server ended the connection for good (close codes 4400–4499). */
  closedReason?: string
}

/** Sub-protocol carrying the capability token: never the query string, which servers log (DESIGN.md). */
export function tokenProtocol(token: string): string {
  return `pepdraft.token.${token}`
}

export function collabUrl(loc: Pick<Location, 'protocol' | 'host'>): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/collab`
}

/**
 * One open draft: its Y.Doc, the WebSocket provider for the content room and the IndexedDB cache
 * that keeps offline edits across reloads. Long-lived state, hence a class; React reads it through
 * {@link subscribe} and {@link getState}.
 */
export class CollabSession {
  readonly ydoc = new Y.Doc()
  readonly fragment: Y.XmlFragment
  readonly preamble: Y.Map<unknown>
  readonly provider: WebsocketProvider
  readonly cache: IndexeddbPersistence
  private state: SessionState = { loaded: false, phase: 'connecting', unsyncedChanges: 0 }
  private browserOffline = false
  private readonly listeners = new Set<() => void>()
  private readonly cleanups: Array<() => void> = []

  constructor(
    readonly docId: string,
    /** The link's capability token: the review room and the HTTP API need it too. */
    readonly token: string,
  ) {
    this.fragment = this.ydoc.getXmlFragment(CONTENT_FIELD)
    this.preamble = this.ydoc.getMap(PREAMBLE_MAP)
    this.cache = new IndexeddbPersistence(localCopyName(docId), this.ydoc)
    this.provider = new WebsocketProvider(collabUrl(location), docId, this.ydoc, {
      protocols: [tokenProtocol(token)],
      // Tabs must not bypass the server: it is the one enforcing roles on every frame.
      disableBc: true,
      connect: false,
    })
    // Next tick: React's StrictMode mounts, unmounts and remounts in development, and a socket opened
    // by the first mount would be cut mid-handshake.
    const connectTimer = setTimeout(() => this.provider.connect(), 0)
    this.cleanups.push(() => clearTimeout(connectTimer))

    this.listen(this.provider, 'status', () => this.refresh())
    this.listen(this.provider, 'connection-close', () => this.refresh())
    this.listen(this.provider, 'sync', (synced: boolean) => {
      if (synced) this.update({ loaded: true, unsyncedChanges: 0 })
      this.refresh()
    })
    this.listen(this.provider, 'closed', (event: { code: number; reason: string }) => {
      this.update({ closedReason: event.reason || `The server closed the connection (code ${event.code}).` })
      this.refresh()
    })
    // An empty cache is not a draft: wait for the server rather than flash an empty editor.
    this.listen(this.cache, 'synced', () => {
      if (this.fragment.length > 0) this.update({ loaded: true })
    })
    this.listen(this.ydoc, 'update', (_update: Uint8Array, origin: unknown) => {
      if (origin === this.provider || origin === this.cache) return
      if (this.state.phase !== 'live') this.update({ unsyncedChanges: this.state.unsyncedChanges + 1 })
    })
    this.listenWindow('offline', () => {
      this.browserOffline = true
      this.provider.disconnect()
      this.refresh()
    })
    this.listenWindow('online', () => {
      this.browserOffline = false
      this.provider.connect()
      this.refresh()
    })
    // Tell the others we left now rather than after the 30 s awareness timeout.
    this.listenWindow('pagehide', () => {
      removeAwarenessStates(this.provider.awareness, [this.ydoc.clientID], 'page hidden')
    })
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getState = (): SessionState => this.state

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup()
    this.provider.destroy()
    void this.cache.destroy()
    this.ydoc.destroy()
    this.listeners.clear()
  }

  private refresh(): void {
    this.update({ phase: this.currentPhase() })
  }

  private currentPhase(): ConnectionPhase {
    const { provider } = this
    if (this.state.closedReason !== undefined) return 'closed'
    if (this.browserOffline) return 'offline'
    if (provider.wsconnected && provider.synced) return 'live'
    // y-websocket keeps reporting "connecting" while it retries; after one failure we are offline.
    if (provider.wsUnsuccessfulReconnects > 0) return 'offline'
    return 'connecting'
  }

  private update(patch: Partial<SessionState>): void {
    const next = { ...this.state, ...patch }
    const changed = (Object.keys(next) as Array<keyof SessionState>).some((key) => next[key] !== this.state[key])
    if (!changed) return
    this.state = next
    for (const listener of this.listeners) listener()
  }

  private listen<A extends unknown[]>(
    target: { on(name: string, f: (...args: A) => void): void; off(name: string, f: (...args: A) => void): void },
    name: string,
    handler: (...args: A) => void,
  ): void {
    target.on(name, handler)
    this.cleanups.push(() => target.off(name, handler))
  }

  private listenWindow(name: 'online' | 'offline' | 'pagehide', handler: () => void): void {
    window.addEventListener(name, handler)
    this.cleanups.push(() => window.removeEventListener(name, handler))
  }
}
