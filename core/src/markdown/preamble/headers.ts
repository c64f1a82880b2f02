import type { HeaderName, Person, PostHistoryEntry, Preamble } from '../../preamble/fields.js'
import type { ReportSink } from '../report.js'
import { lookUpHeader, type RawHeader } from './header-names.js'
import { isoToPepDate, parseAuthors, parsePostHistory } from './values.js'

/**
 * Reads `Key: value` pairs (front matter or header lines) into a preamble. Keys are PEP header
 * names, case-insensitively (PEP-RULES.md §1); a key that is no PEP header, a value of the wrong
 * kind and a second value for the same header are reported with what was left out.
 */
export function readHeaders(headers: readonly RawHeader[], report: ReportSink, preamble: Preamble = {}): Preamble {
  const result: Preamble = { ...preamble }
  for (const header of headers) {
    const found = lookUpHeader(header.key)
    if (!found) {
      report.add('header-unknown', `“${header.key}” is not a PEP header; “${header.source}” was left out.`, header.line, header.source)
      continue
    }
    const { name } = found
    if (found.legacy) {
      report.add('header-renamed', `${found.legacy} is the legacy name of ${name} (PEP 1); the value is kept as ${name}.`, header.line)
    }
    if (result[name] !== undefined) {
      report.add('header-duplicate', `${name} is given twice; the second value “${header.source}” was left out.`, header.line, header.source)
      continue
    }
    const value = readValue(name, header, report)
    if (value !== undefined) (result as Record<string, unknown>)[name] = value
  }
  return result
}

function readValue(name: HeaderName, header: RawHeader, report: ReportSink): Preamble[HeaderName] {
  const invalid = () => {
    report.add('header-invalid', `${name} cannot hold “${header.source}”; it was left out.`, header.line, header.source)
    return undefined
  }
  if (name === 'Author') {
    const people = listOf(header.value).map(person)
    return people.every((p) => p !== undefined) ? (people.flat() as Person[]) : invalid()
  }
  if (name === 'Post-History') {
    const entries = listOf(header.value).map(postHistory)
    if (!entries.every((e) => e !== undefined)) return invalid()
    return (entries.flat() as PostHistoryEntry[]).map((entry) => {
      const iso = isoToPepDate(entry.date)
      if (iso) normalized(name, entry.date, iso, header, report)
      return iso ? { ...entry, date: iso } : entry
    })
  }
  const text = textOf(header.value)
  if (text === undefined) return invalid()
  if (text === '') return undefined
  const iso = name === 'Created' ? isoToPepDate(text) : undefined
  if (iso) normalized(name, text, iso, header, report)
  return iso ?? text
}

function normalized(name: HeaderName, from: string, to: string, header: RawHeader, report: ReportSink): void {
  // PEP-RULES.md §1 rows 11 and 13: dates are written DD-Mmm-YYYY.
  report.add('header-normalized', `${name}: the date ${from} is written ${to}, as PEP 1 asks.`, header.line, from)
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]
}

/** A scalar, or a list of scalars joined with `, ` (YAML `Topic: [Typing, Packaging]`). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim()
  if (value === null || value === undefined) return ''
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.map((v) => String(v).trim()).filter(Boolean).join(', ')
  }
  return undefined
}

function person(value: unknown): Person[] | undefined {
  if (typeof value === 'string') return parseAuthors(value)
  if (isRecord(value) && typeof value.name === 'string') {
    return [typeof value.email === 'string' && value.email.trim() ? { name: value.name.trim(), email: value.email.trim() } : { name: value.name.trim() }]
  }
  return undefined
}

function postHistory(value: unknown): PostHistoryEntry[] | undefined {
  if (typeof value === 'string') return parsePostHistory(value)
  if (isRecord(value) && typeof value.date === 'string') {
    return [typeof value.url === 'string' && value.url.trim() ? { date: value.date.trim(), url: value.url.trim() } : { date: value.date.trim() }]
  }
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
