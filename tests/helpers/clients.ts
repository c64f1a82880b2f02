import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/** A stock y-websocket provider in Node, authenticating with the subprotocol token. */
export function connectClient(port: number, room: string, token: string, doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/collab`, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    protocols: [`pepdraft.token.${token}`],
    disableBc: true,
    maxBackoffTime: 200,
  })
  return {
    doc,
    provider,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

export function synced(client: Client): Promise<void> {
  if (client.provider.synced) return Promise.resolve()
  return new Promise((resolve) => client.provider.once('sync', () => resolve()))
}

export async function connectSynced(port: number, room: string, token: string): Promise<Client> {
  const client = connectClient(port, room, token)
  await synced(client)
  return client
}

/** Resolves once `predicate` holds, polling; rejects with `what` after `timeoutMs`. */
export async function eventually(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** A raw WebSocket speaking whatever bytes a test sends: the tampered or broken client. */
export function rawSocket(port: number, path: string, protocols: string[]): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, protocols)
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)))
  })
}

/** The HTTP status with which an upgrade is refused, or 101 when it is accepted. */
export function upgradeStatus(port: number, path: string, protocols: string[]): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, protocols)
    ws.once('open', () => {
      ws.close()
      resolve(101)
    })
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      ws.terminate()
    })
    ws.once('error', () => undefined)
  })
}

export function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)))
}
