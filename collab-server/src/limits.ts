/** Every limit the server enforces, with its named default. Tests and `main.ts` override them. */
export interface Limits {
  /** Largest WebSocket frame accepted; `ws` closes bigger ones with 1009 (Message Too Big). */
  maxPayloadBytes: number
  /** Largest HTTP request body (JSON) accepted by the API. */
  maxBodyBytes: number
  /** Rooms (content or review) held in memory at once; more are refused with 503. */
  maxRooms: number
  /** Open WebSocket connections per process. */
  maxConnections: number
  /** Open WebSocket connections per room. */
  maxConnectionsPerRoom: number
  /** A client whose unsent backlog exceeds this is closed (1013) and resyncs on reconnect. */
  maxBufferedBytes: number
  /** Ping interval; a connection that has not answered the previous ping is terminated. */
  heartbeatMs: number
  /** How long a room with no connection stays loaded before it is flushed and evicted. */
  evictAfterMs: number
  /** Stored updates of a room before they are merged into one snapshot. */
  compactAfterUpdates: number
  /** Largest Markdown draft `POST /api/documents` imports (UTF-8 bytes). */
  maxMarkdownBytes: number
  /** Largest PEP `.rst` `POST /api/documents` imports (UTF-8 bytes); the largest published PEP is about 120 KB. */
  maxRstBytes: number
  /** An import (Markdown or RST) still running after this is stopped (422 markdown_timeout / rst_timeout). */
  importTimeoutMs: number
  /** Imports parsing at once (each in its own worker thread); more are refused with 503. */
  maxConcurrentImports: number
}

export const DEFAULT_LIMITS: Limits = {
  maxPayloadBytes: 10 * 1024 * 1024,
  maxBodyBytes: 2 * 1024 * 1024,
  maxRooms: 2000,
  maxConnections: 5000,
  maxConnectionsPerRoom: 250,
  maxBufferedBytes: 8 * 1024 * 1024,
  heartbeatMs: 30_000,
  evictAfterMs: 10_000,
  compactAfterUpdates: 500,
  maxMarkdownBytes: 512 * 1024,
  maxRstBytes: 512 * 1024,
  importTimeoutMs: 10_000,
  maxConcurrentImports: 2,
}

/** Document ids we mint are 16 base64url characters; accept a little latitude, never a `/`. */
export const DOC_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

/** WebSocket close codes (RFC 6455 §7.4.1) used when we end a connection. */
export const CLOSE = {
  malformedFrame: { code: 1002, reason: 'malformed y-websocket frame' },
  textFrame: { code: 1003, reason: 'binary y-websocket frames only' },
  tooSlow: { code: 1013, reason: 'client too slow: reconnect to resync' },
  shuttingDown: { code: 1001, reason: 'server shutting down' },
  heartbeat: { code: 1001, reason: 'no heartbeat' },
} as const
