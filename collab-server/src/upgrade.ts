import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { type Role, TOKEN_PATTERN, roleForToken, tokenFromProtocols } from './auth.js'
import { DOC_ID_PATTERN } from './limits.js'
import type { DocumentStore } from './persistence/store.js'

/** A refused WebSocket upgrade: an HTTP status and a JSON error body, like the API. */
export class UpgradeRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export interface CollabTarget {
  docId: string
  /** `<docId>` (content) or `<docId>/review` (review threads). */
  room: string
  isReview: boolean
  role: Role
}

const COLLAB_PATH = /^\/collab\/([^/]+)(\/review)?$/

/** Resolves `/collab/<docId>[/review]` and the subprotocol token to a room and role, or refuses. */
export async function authorizeUpgrade(store: DocumentStore, req: IncomingMessage, path: string): Promise<CollabTarget> {
  const match = COLLAB_PATH.exec(path)
  if (!match) throw new UpgradeRefusal(404, 'not_found', 'WebSocket endpoints are /collab/<docId> and /collab/<docId>/review')
  const docId = match[1]!
  if (!DOC_ID_PATTERN.test(docId)) throw new UpgradeRefusal(400, 'invalid_document_id', 'document ids are 8–64 letters, digits, - or _')
  const protocols = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim())
  const token = tokenFromProtocols(protocols)
  if (token === undefined) throw new UpgradeRefusal(401, 'missing_token', 'send the access key as subprotocol pepdraft.token.<token>')
  if (!TOKEN_PATTERN.test(token)) throw new UpgradeRefusal(401, 'malformed_token', 'the access key is malformed')
  const meta = await store.getMeta(docId)
  if (!meta) throw new UpgradeRefusal(404, 'unknown_document', 'no document with this id exists on this server')
  const role = roleForToken(token, meta.tokenHashes)
  if (!role) throw new UpgradeRefusal(403, 'invalid_token', 'the access key does not open this document')
  const isReview = match[2] !== undefined
  return { docId, room: isReview ? `${docId}/review` : docId, isReview, role }
}

/** Writes the refusal as a plain HTTP response on the raw socket and closes it. */
export function refuseUpgrade(socket: Duplex, refusal: UpgradeRefusal): void {
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
