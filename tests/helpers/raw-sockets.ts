import { randomBytes } from 'node:crypto'
import { type Socket, connect } from 'node:net'

/** Hand-written HTTP on raw TCP sockets: requests and clients no library would produce. */

export interface RawResponse {
  status: number
  head: string
  body: string
}

/**
 * Writes `request` verbatim on a new TCP connection (no client library tidying it up) and reads
 * until the server closes the connection: `undefined` if it closed without answering.
 */
export function rawHttp(port: number, request: string | Buffer, timeoutMs = 5000): Promise<RawResponse | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no end of response within ${timeoutMs} ms to ${JSON.stringify(String(request).slice(0, 80))}`))
    }, timeoutMs)
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearTimeout(timer)
      const text = Buffer.concat(chunks).toString('utf8')
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text)
      if (!match) return resolve(undefined)
      const end = text.indexOf('\r\n\r\n')
      resolve({ status: Number(match[1]), head: text.slice(0, end), body: end < 0 ? '' : text.slice(end + 4) })
    })
  })
}

/** A GET with `Connection: close`, so the server ends the connection after answering. */
export function rawGet(port: number, target: string, headers = ''): Promise<RawResponse | undefined> {
  return rawHttp(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`)
}

/**
 * Completes a WebSocket handshake by hand on a raw TCP socket, then never reads again (the socket
 * is paused): the client whose backlog grows on the server until backpressure closes it.
 */
export function stalledSocket(port: number, path: string, protocol: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(upgradeRequest(path, protocol))
    })
    socket.once('data', (chunk) => {
      if (!chunk.toString().startsWith('HTTP/1.1 101')) return reject(new Error(chunk.toString()))
      socket.pause()
      resolve(socket)
    })
    socket.once('error', reject)
  })
}

/** An upgrade request written on a raw TCP socket that hangs up at once, before any answer. */
export function abandonedUpgrade(port: number, path: string, protocol: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end(upgradeRequest(path, protocol), () => socket.destroy())
    })
    socket.on('error', () => undefined)
    socket.on('close', () => resolve())
  })
}

function upgradeRequest(path: string, protocol: string): string {
  return (
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
    `Sec-WebSocket-Protocol: ${protocol}\r\n\r\n`
  )
}
