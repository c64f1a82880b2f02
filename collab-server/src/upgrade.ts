import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { authorize } from './api/access.js'
import { ApiError } from './api/http.js'
import { type Role, tokenFromProtocols } from './auth.js'
import type { DocumentStore } from './persistence/store.js'

export interface CollabTarget {
  docId: string
  /** `<docId>` (content) or `<docId>/review` (review threads). */
  room: string
  isReview: boolean
  role: Role
}

const COLLAB_PATH = /^\/collab\/([^/]+)(\/review)?$/

/** Resolves `/collab/<docId>[/review]` and the subprotocol token to a room and role, or throws ApiError. */
export async function authorizeUpgrade(store: DocumentStore, req: IncomingMessage, path: string): Promise<CollabTarget> {
  const match = COLLAB_PATH.exec(path)
  if (!match) throw new ApiError(404, 'not_found', 'WebSocket endpoints are /collab/<docId> and /collab/<docId>/review')
  const protocols = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim())
  const token = tokenFromProtocols(protocols)
  const { role } = await authorize(store, match[1]!, token, 'send the access key as subprotocol pepdraft.token.<token>')
  const isReview = match[2] !== undefined
  const docId = match[1]!
  return { docId, room: isReview ? `${docId}/review` : docId, isReview, role }
}

/** Writes the refusal as a plain HTTP response on the raw socket and closes it. */
export function refuseUpgrade(socket: Duplex, refusal: ApiError): void {
  if (socket.destroyed) return
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } })
  socket.end(
    `HTTP/1.1 ${refusal.status} ${refusal.code}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  )
}
