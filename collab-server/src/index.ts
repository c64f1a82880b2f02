export { createServer, type PepdraftServer, type ServerOptions } from './server.js'
export { DEFAULT_LIMITS, DOC_ID_PATTERN, CLOSE, type Limits } from './limits.js'
export { LevelDocumentStore } from './persistence/leveldb.js'
export type { DocumentStore, DocumentMeta } from './persistence/store.js'
