import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** Capability roles (DESIGN.md): edit writes content and preamble; review comments; view reads. */
export const ROLES = ['edit', 'review', 'view'] as const
export type Role = (typeof ROLES)[number]

/** 256 random bits, base64url: safe in a URL fragment and as an HTTP token in a subprotocol. */
export function mintToken(): string {
  return randomBytes(32).toString('base64url')
}

export function mintDocumentId(): string {
  return randomBytes(12).toString('base64url')
}

/** Tokens carry 256 bits of entropy, so one SHA-256 pass is enough to store them safely. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,128}$/

/** The role `token` grants against the stored hashes, or undefined. Constant-time per comparison. */
export function roleForToken(token: string, tokenHashes: Record<Role, string>): Role | undefined {
  const candidate = Buffer.from(hashToken(token), 'hex')
  for (const role of ROLES) {
    const stored = Buffer.from(tokenHashes[role], 'hex')
    if (stored.length === candidate.length && timingSafeEqual(stored, candidate)) return role
  }
  return undefined
}

export const SUBPROTOCOL_PREFIX = 'pepdraft.token.'

/** The token offered as `Sec-WebSocket-Protocol: pepdraft.token.<token>`, if any. */
export function tokenFromProtocols(protocols: Iterable<string>): string | undefined {
  for (const protocol of protocols) {
    if (protocol.startsWith(SUBPROTOCOL_PREFIX)) return protocol.slice(SUBPROTOCOL_PREFIX.length)
  }
  return undefined
}

/** The token of an `Authorization: Bearer <token>` header, if well formed. */
export function tokenFromAuthorization(header: string | undefined): string | undefined {
  const match = /^Bearer ([^\s]+)$/.exec(header ?? '')
  return match?.[1]
}
