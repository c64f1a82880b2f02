import type { IncomingMessage } from 'node:http'
import { type Role, TOKEN_PATTERN, roleForToken, tokenFromAuthorization } from '../auth.js'
import { DOC_ID_PATTERN } from '../limits.js'
import type { DocumentMeta, DocumentStore } from '../persistence/store.js'
import { ApiError } from './http.js'

export interface Access {
  meta: DocumentMeta
  role: Role
}

/**
 * Resolves document and role for a token: the API's bearer token and the WebSocket subprotocol alike.
 * 400 bad id, 401 no or malformed token, 404 unknown document, 403 token not for this document.
 */
export async function authorize(
  store: DocumentStore,
  id: string,
  token: string | undefined,
  missingToken = 'this link needs its access key (the #k=… part)',
): Promise<Access> {
  if (!DOC_ID_PATTERN.test(id)) throw new ApiError(400, 'invalid_document_id', 'document ids are 8–64 letters, digits, - or _')
  if (token === undefined) throw new ApiError(401, 'missing_token', missingToken)
  if (!TOKEN_PATTERN.test(token)) throw new ApiError(401, 'malformed_token', 'the access key is malformed')
  const meta = await store.getMeta(id)
  if (!meta) throw new ApiError(404, 'unknown_document', 'no document with this id exists on this server')
  const role = roleForToken(token, meta.tokenHashes)
  if (!role) throw new ApiError(403, 'invalid_token', 'the access key does not open this document')
  return { meta, role }
}

export function bearerToken(req: IncomingMessage): string | undefined {
  return tokenFromAuthorization(req.headers.authorization)
}
