import { HEADER_ORDER, type HeaderName } from '../../preamble/fields.js'

/** One `Key: value` pair as written, before it is read into the preamble. */
export interface RawHeader {
  key: string
  value: unknown
  line?: number
  /** The pair as written, for the report when it cannot be kept. */
  source: string
}

export interface HeaderLookup {
  name: HeaderName
  /** The legacy name that was written, when it is not the current one. */
  legacy?: string
}

/** Names authors write for a PEP header that python/peps spells otherwise. */
const ALIASES: Readonly<Record<string, { name: HeaderName; legacy?: boolean }>> = {
  // PEP 1: BDFL-Delegate is the legacy name of PEP-Delegate (same slot).
  'bdfl-delegate': { name: 'PEP-Delegate', legacy: true },
  // Front matter conventions (HackMD, Jekyll) write plural or snake_case keys.
  authors: { name: 'Author' },
  'discussions': { name: 'Discussions-To' },
  'python-versions': { name: 'Python-Version' },
}

/** Header keys compare case-insensitively, with `_` or spaces standing for `-` (`post_history`). */
function keyOf(key: string): string {
  return key.trim().toLowerCase().replace(/[\s_]+/g, '-')
}

const BY_KEY = new Map<string, HeaderName>(HEADER_ORDER.map((name) => [keyOf(name), name]))

/** The PEP header a key names, or `undefined` for a key that is no PEP header. */
export function lookUpHeader(key: string): HeaderLookup | undefined {
  const k = keyOf(key)
  const name = BY_KEY.get(k)
  if (name) return { name }
  const alias = ALIASES[k]
  if (!alias) return undefined
  return alias.legacy ? { name: alias.name, legacy: key.trim() } : { name: alias.name }
}
