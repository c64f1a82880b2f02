import { MONTHS } from '../../preamble/dates.js'
import type { Person, PostHistoryEntry } from '../../preamble/fields.js'
import { parsePerson } from '../../preamble/validate-people.js'

/** Splits at commas outside `<…>`, `(…)`, `[…]` and backticks, as `Name <a, b>` never occurs but URLs may hold commas. */
export function splitList(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quoted = false
  let current = ''
  for (const char of text) {
    if (char === '`') quoted = !quoted
    else if (!quoted && '<(['.includes(char)) depth++
    else if (!quoted && '>)]'.includes(char)) depth = Math.max(0, depth - 1)
    if (char === ',' && depth === 0 && !quoted) {
      parts.push(current)
      current = ''
    } else current += char
  }
  parts.push(current)
  return parts.map((part) => part.trim()).filter((part) => part !== '')
}

/** PEP-RULES §1 row 3: `Name <email>, Name`. */
export function parseAuthors(text: string): Person[] {
  return splitList(text).map(parsePerson)
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** `2024-03-05` as PEP 1's `05-Mar-2024`, or `undefined` when `text` is not an ISO date. */
export function isoToPepDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text.trim())
  if (!match) return undefined
  const month = MONTHS[Number(match[2]) - 1]
  if (!month || Number(match[3]) < 1 || Number(match[3]) > 31) return undefined
  return `${match[3]}-${month}-${match[1]}`
}

/** The ways a dated link is written: reST `` `date <url>`__ ``, Markdown `[date](url)`, `date (url)`, `date <url>`. */
const DATED_LINKS: readonly RegExp[] = [
  /^`?\s*([^`<>\s]+)\s*<([^<>\s]+)>\s*`?_*$/,
  /^\[([^\]]+)\]\(\s*<?([^()<>\s]+)>?\s*\)$/,
  /^(\S+)\s+\(\s*<?([^()<>\s]+)>?\s*\)$/,
]

/** PEP-RULES §1 row 13: `Pending`, or dated entries with the discussion's URL. */
export function parsePostHistory(text: string): PostHistoryEntry[] {
  return splitList(text).map(parsePostHistoryEntry)
}

export function parsePostHistoryEntry(text: string): PostHistoryEntry {
  const entry = text.trim()
  for (const pattern of DATED_LINKS) {
    const match = pattern.exec(entry)
    if (match?.[1] && match[2]) return { date: match[1].trim(), url: match[2] }
  }
  return { date: entry }
}
