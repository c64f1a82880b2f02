import type { HeaderName, Preamble } from '@pepdraft/core'
import type * as Y from 'yjs'

/**
 * Writes one header as typed. An emptied header is deleted, because an empty optional header fails
 * the python/peps build (PEP-RULES §1) and an empty required one reads better as "missing". The
 * exception is Post-History: PEP 1 asks for it, and an empty one is allowed, so it stays as `[]`.
 */
export function writeHeader<K extends HeaderName>(map: Y.Map<unknown>, name: K, value: Preamble[K]): void {
  if (isEmpty(value) && !(name === 'Post-History' && Array.isArray(value))) map.delete(name)
  else map.set(name, value)
}

function isEmpty(value: unknown): boolean {
  if (value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  return Array.isArray(value) && value.length === 0
}
