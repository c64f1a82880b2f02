/** One author, sponsor or delegate: `Name <email>` or `Name` (PEP-RULES.md §1, row 3). */
export interface Person {
  name: string
  email?: string
}

/** One Post-History entry: `` `DD-Mmm-YYYY <url>`__ `` (PEP-RULES.md §1, row 13). */
export interface PostHistoryEntry {
  date: string
  url?: string
}

/**
 * One header as an imported file wrote it (RST import), so that an unchanged header is exported
 * exactly so: a published PEP keeps its wrapped lines, trailing commas, empty headers, markup in
 * its Title and the legacy BDFL-Delegate name, and round-trips to the same doctree.
 */
export interface WrittenHeader {
  /** The name as written (`BDFL-Delegate` for PEP-Delegate). */
  name: string
  /** The text after `Name: `, then each continuation line verbatim. */
  lines: string[]
  /** The value the import read from these lines, as canonical JSON; an edit makes them stale. */
  value: string
}

/**
 * The preamble as stored in the `preamble` Y.Map, keyed by the exact header name.
 * Every value is what the authors typed; validation and export decide what it means.
 */
export interface Preamble {
  PEP?: string
  Title?: string
  Author?: Person[]
  Sponsor?: string
  'PEP-Delegate'?: string
  'Discussions-To'?: string
  Status?: string
  Type?: string
  Topic?: string
  Requires?: string
  Created?: string
  'Python-Version'?: string
  'Post-History'?: PostHistoryEntry[]
  Replaces?: string
  'Superseded-By'?: string
  Resolution?: string
  /** Not a header: the headers as an imported file wrote them, in file order. */
  written?: WrittenHeader[]
}

export type HeaderName = Exclude<keyof Preamble, 'written'>

/** PEP-RULES.md §1: the exact order of headers in the preamble. */
export const HEADER_ORDER: readonly HeaderName[] = [
  'PEP',
  'Title',
  'Author',
  'Sponsor',
  'PEP-Delegate',
  'Discussions-To',
  'Status',
  'Type',
  'Topic',
  'Requires',
  'Created',
  'Python-Version',
  'Post-History',
  'Replaces',
  'Superseded-By',
  'Resolution',
]

/** Headers python/peps' linter requires (PEP 1 also expects Discussions-To and Post-History). */
export const REQUIRED_HEADERS: readonly HeaderName[] = ['PEP', 'Title', 'Author', 'Status', 'Type', 'Created']

export const STATUSES = [
  'Draft',
  'Active',
  'Accepted',
  'Provisional',
  'Deferred',
  'Rejected',
  'Withdrawn',
  'Final',
  'Superseded',
] as const

export const PEP_TYPES = ['Standards Track', 'Informational', 'Process'] as const
export type PepType = (typeof PEP_TYPES)[number]

export const TOPICS = ['Governance', 'Packaging', 'Release', 'Typing'] as const

export function isHeaderName(name: string): name is HeaderName {
  return (HEADER_ORDER as readonly string[]).includes(name)
}
