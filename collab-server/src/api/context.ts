import type { Limits } from '../limits.js'
import type { DocumentStore } from '../persistence/store.js'
import type { RoomRegistry } from '../rooms.js'

/** What every API handler may use; built once by the server. */
export interface ApiContext {
  store: DocumentStore
  rooms: RoomRegistry
  limits: Limits
  now: () => Date
  log: (line: string) => void
  /** Imports (Markdown or RST) parsing now (bounded by `limits.maxConcurrentImports`). */
  imports: { active: number }
}
