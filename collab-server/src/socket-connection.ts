import { WebSocket } from 'ws'
import type { Connection } from './connection.js'
import { CLOSE } from './limits.js'

/**
 * Adapts a `ws` socket to a room Connection. A client that does not read (its backlog passes
 * `maxBufferedBytes`) is closed with 1013 rather than buffered without bound; it resyncs on reconnect.
 */
export class SocketConnection implements Connection {
  alive = true

  constructor(
    private readonly ws: WebSocket,
    readonly canWrite: boolean,
    readonly label: string,
    private readonly maxBufferedBytes: number,
    private readonly log: (line: string) => void,
  ) {
    ws.on('pong', () => {
      this.alive = true
    })
  }

  send(message: Uint8Array): void {
    if (this.ws.readyState !== WebSocket.OPEN) return
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      this.log(`${this.label}: closing slow client (${this.ws.bufferedAmount} bytes unsent)`)
      this.close(CLOSE.tooSlow.code, CLOSE.tooSlow.reason)
      return
    }
    this.ws.send(message, { binary: true }, (err) => {
      if (err) this.ws.terminate()
    })
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === WebSocket.CLOSED) return
    this.ws.close(code, reason)
    // A client that never reads will not complete the closing handshake either.
    setTimeout(() => this.ws.terminate(), 2000).unref()
  }

  /** Heartbeat tick: false when the previous ping went unanswered (the socket is then terminated). */
  ping(): boolean {
    if (!this.alive) {
      this.ws.terminate()
      return false
    }
    this.alive = false
    this.ws.ping()
    return true
  }
}
