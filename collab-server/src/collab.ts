import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import { SUBPROTOCOL_PREFIX } from './auth.js'
import { CLOSE, type Limits } from './limits.js'
import type { DocumentStore } from './persistence/store.js'
import { MalformedFrameError } from './protocol.js'
import type { Room } from './room.js'
import { RoomLimitError, type RoomRegistry } from './rooms.js'
import { SocketConnection } from './socket-connection.js'
import { ApiError } from './api/http.js'
import { type CollabTarget, authorizeUpgrade, refuseUpgrade } from './upgrade.js'

/** The `/collab/…` WebSocket endpoint: authorizes upgrades, attaches sockets to rooms, runs the heartbeat. */
export class CollabEndpoint {
  private readonly wss: WebSocketServer
  private readonly sockets = new Set<SocketConnection>()
  private pendingUpgrades = 0
  private counter = 0
  private readonly heartbeat: NodeJS.Timeout

  constructor(
    private readonly store: DocumentStore,
    private readonly rooms: RoomRegistry,
    private readonly limits: Limits,
    private readonly log: (line: string) => void,
  ) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: limits.maxPayloadBytes,
      // Measured with ws 8: a negotiated permessage-deflate holds zlib contexts of ~240 KiB RSS per
      // connection, against ~8 KiB for the connection itself, to shrink update frames of ~100 bytes.
      // `ws` defaults to off (so does @y/websocket-server); stated here so nobody turns it on unmeasured.
      perMessageDeflate: false,
      // The client offers `pepdraft.token.<token>`; browsers require the server to echo it.
      handleProtocols: (protocols) => [...protocols].find((p) => p.startsWith(SUBPROTOCOL_PREFIX)) ?? false,
    })
    this.heartbeat = setInterval(() => {
      for (const socket of this.sockets) socket.ping()
    }, limits.heartbeatMs)
    this.heartbeat.unref()
  }

  get connectionCount(): number {
    return this.sockets.size
  }

  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, path: string): Promise<void> {
    socket.on('error', () => socket.destroy())
    let target: CollabTarget
    let room: Room
    this.pendingUpgrades += 1
    try {
      if (this.sockets.size + this.pendingUpgrades > this.limits.maxConnections) {
        throw new ApiError(503, 'too_many_connections', 'this server is at its connection limit; try again shortly')
      }
      target = await authorizeUpgrade(this.store, req, path)
      room = await this.rooms.acquire(target.room)
      if (room.connectionCount >= this.limits.maxConnectionsPerRoom) {
        this.rooms.release(target.room)
        throw new ApiError(503, 'room_full', `this document has its maximum of ${this.limits.maxConnectionsPerRoom} connections`)
      }
    } catch (err) {
      this.pendingUpgrades -= 1
      if (err instanceof ApiError) return refuseUpgrade(socket, err)
      if (err instanceof RoomLimitError) return refuseUpgrade(socket, new ApiError(503, 'too_many_documents', err.message))
      this.log(`upgrade ${path} failed: ${String(err)}`)
      return refuseUpgrade(socket, new ApiError(500, 'internal', 'the server could not open this document'))
    }
    this.pendingUpgrades -= 1
    if (socket.destroyed) {
      this.rooms.release(target.room)
      return
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws, target, room))
  }

  /** The room was acquired for this socket in handleUpgrade; closing the socket releases it. */
  private attach(ws: WebSocket, target: CollabTarget, room: Room): void {
    // Every client is read-only on the review room: the server is its only writer (DESIGN.md).
    const canWrite = target.role === 'edit' && !target.isReview
    const conn = new SocketConnection(ws, canWrite, `${target.room} ${target.role} #${++this.counter}`, this.limits.maxBufferedBytes, this.log)
    this.sockets.add(conn)
    ws.on('message', (data, isBinary) => {
      // `ws` still emits frames that arrive after we started closing (malformed frame, too slow,
      // shutting down): none of them is applied or relayed, and a bad connection logs one line.
      if (ws.readyState !== WebSocket.OPEN) return
      if (!isBinary) return conn.close(CLOSE.textFrame.code, CLOSE.textFrame.reason)
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)
      try {
        room.receive(conn, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      } catch (err) {
        const reason = err instanceof MalformedFrameError ? err.message : String(err)
        this.log(`${conn.label}: closing after malformed frame (${reason})`)
        conn.close(CLOSE.malformedFrame.code, CLOSE.malformedFrame.reason)
      }
    })
    ws.on('error', (err) => this.log(`${conn.label}: socket error ${err.message}`))
    ws.on('close', () => {
      this.sockets.delete(conn)
      room.leave(conn)
      this.rooms.release(target.room)
    })
    room.join(conn)
  }

  /** Closes every socket (1001) and stops the heartbeat. */
  close(): void {
    clearInterval(this.heartbeat)
    // Through SocketConnection: a client that never answers the close is terminated 2 s later,
    // instead of holding the HTTP server, and so the final flush, up for ws's 30 s close timeout.
    for (const conn of this.sockets) conn.close(CLOSE.shuttingDown.code, CLOSE.shuttingDown.reason)
    this.wss.close()
  }
}
