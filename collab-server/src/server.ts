import { type IncomingMessage, type Server, type ServerResponse, createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import type { ApiContext } from './api/context.js'
import { ApiError, sendJson } from './api/http.js'
import { routeApi } from './api/router.js'
import { CollabEndpoint } from './collab.js'
import { DEFAULT_LIMITS, type Limits } from './limits.js'
import { LevelDocumentStore } from './persistence/leveldb.js'
import type { DocumentStore } from './persistence/store.js'
import { WriteAheadStore } from './persistence/write-ahead-store.js'
import { RoomRegistry } from './rooms.js'
import { serveStatic } from './static-files.js'
import { refuseUpgrade } from './upgrade.js'

export interface ServerOptions {
  /** LevelDB directory, which also holds the write-ahead log; opened on `listen`. Ignored when `store` is given. */
  dataDir?: string
  store?: DocumentStore
  /** The built client (`client/dist`); without it only the API and WebSockets are served. */
  staticDir?: string
  limits?: Partial<Limits>
  log?: (line: string) => void
  now?: () => Date
}

export interface PepdraftServer {
  listen(port?: number, host?: string): Promise<{ port: number; url: string }>
  /** Stops accepting, closes sockets, flushes every room to disk, closes the store. */
  close(): Promise<void>
  readonly stats: { rooms: number; connections: number }
}

/** One port for the built client, the HTTP API and the y-websocket endpoint (DESIGN.md). */
export function createServer(options: ServerOptions): PepdraftServer {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits }
  const log = options.log ?? ((line: string) => console.error(`[pepdraft] ${line}`))
  let state: { http: Server; store: DocumentStore; rooms: RoomRegistry; collab: CollabEndpoint } | undefined

  async function listen(port = 0, host = '127.0.0.1'): Promise<{ port: number; url: string }> {
    if (state) throw new Error('server is already listening')
    const store = options.store ?? (await openStore(requireDataDir(options.dataDir)))
    const rooms = new RoomRegistry(store, limits, log)
    const collab = new CollabEndpoint(store, rooms, limits, log)
    const ctx: ApiContext = { store, rooms, limits, log, now: options.now ?? (() => new Date()), imports: { active: 0 } }
    const http = createHttpServer((req, res) => {
      // The edge of the process: an unexpected rejection is logged and ends that request only.
      handleRequest(ctx, collab, req, res).catch((err: unknown) => {
        log(`${req.method} ${req.url} failed: ${String(err)}`)
        res.destroy()
      })
    })
    http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = pathOf(req)
      if (path === undefined) return refuseUpgrade(socket, new ApiError(400, 'invalid_url', 'the request URL cannot be parsed'))
      void collab.handleUpgrade(req, socket, head, path)
    })
    // No 'clientError' listener: Node's default answers an unparseable request (garbage request
    // line, bad header) with 400, oversized headers with 431, and then closes that socket.
    state = { http, store, rooms, collab }
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject)
      http.listen(port, host, () => resolve())
    })
    const address = http.address() as AddressInfo
    return { port: address.port, url: `http://${host}:${address.port}` }
  }

  async function handleRequest(ctx: ApiContext, collab: CollabEndpoint, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req)
    if (path === undefined) return sendJson(res, 400, { error: { code: 'invalid_url', message: 'the request URL cannot be parsed' } })
    if (path === '/healthz') return sendJson(res, 200, { ok: true, rooms: ctx.rooms.size, connections: collab.connectionCount })
    if (path.startsWith('/api/')) return routeApi(ctx, req, res, path)
    if (options.staticDir) return serveStatic(options.staticDir, req, res, path).catch(() => void res.destroy())
    sendJson(res, 404, { error: { code: 'not_found', message: `nothing at ${path}` } })
  }

  async function close(): Promise<void> {
    if (!state) return
    const { http, store, rooms, collab } = state
    state = undefined
    collab.close()
    http.closeAllConnections()
    await new Promise<void>((resolve) => http.close(() => resolve()))
    await rooms.closeAll()
    if (!options.store) await store.close()
  }

  return {
    listen,
    close,
    get stats() {
      return { rooms: state?.rooms.size ?? 0, connections: state?.collab.connectionCount ?? 0 }
    },
  }
}

/** The request's path, or undefined when `new URL` cannot parse its target (`GET http://[`: it would throw). */
function pathOf(req: IncomingMessage): string | undefined {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname
  } catch {
    return undefined
  }
}

/** LevelDB behind the write-ahead log; opening replays what a killed process left in the log. */
async function openStore(dataDir: string): Promise<DocumentStore> {
  const level = await LevelDocumentStore.open(dataDir)
  try {
    return await WriteAheadStore.open(dataDir, level)
  } catch (err) {
    await level.close()
    throw err
  }
}

function requireDataDir(dataDir: string | undefined): string {
  if (!dataDir) throw new Error('createServer needs `dataDir` or `store`')
  return dataDir
}
