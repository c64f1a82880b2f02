import { HEADER_ORDER, type HeaderName, type Preamble, REQUIRED_HEADERS } from '../preamble/fields.js'
import { writtenValue } from '../preamble/written-value.js'
import { canonicalHeader } from '../rst-file/preamble-structure.js'
import { trimWhitespace } from './characters.js'
import { hazardsIn, normalizeText } from './safe.js'
import type { InlineNode, PreambleField, PreambleNode } from './tree.js'
import type { WarningSink } from './warnings.js'

/** PEP-RULES.md §1: headers holding PEP numbers separated by `, `. */
const PEP_LISTS: readonly HeaderName[] = ['Requires', 'Replaces', 'Superseded-By']

/** PEP-RULES.md §1: `` `DD-Mmm-YYYY <URL>`__ `` as typed in Resolution. */
const DATED_LINK = /^`([^`<>]+?)\s*<([^`<>\s]+)>`__?$/

/**
 * The preamble in PEP 1's exact header order. Unset and empty optional headers are omitted
 * (PEP-RULES.md §1: an empty optional header fails), with one exception: Post-History, which
 * PEP 1 wants in every PEP, is written `Pending` when empty, as in PEP 12's template.
 *
 * An imported PEP (`preamble.written`) keeps what it wrote: a header whose value is unchanged is
 * written with its original lines, so the published file gives back the same doctree (every
 * published PEP already has its headers in PEP 1's order, which check-peps enforces, so the order
 * needs no memory). Its legacy `BDFL-Delegate` stays in PEP-Delegate's slot (check-peps accepts
 * it), and a Post-History it did not have is not added.
 */
export function preambleFromDoc(preamble: Preamble, sink: WarningSink): PreambleNode {
  const values = preamble as Record<string, unknown>
  const written = preamble.written
  const fields: PreambleField[] = []
  const exported = new Set<string>(['written'])
  for (const name of HEADER_ORDER) {
    const key = name
    exported.add(key)
    const header = written?.find((entry) => (canonicalHeader(entry.name) ?? entry.name) === name)
    // The preamble map drops an empty value (writePreamble): an empty header imported stays empty.
    if (header && writtenValue(values[key] ?? '') === header.value) {
      fields.push({ name: header.name, items: [], written: header.lines })
      continue
    }
    const items = PEP_LISTS.includes(name) ? pepNumbers(name, values[key], sink) : fieldItems(name, values[key])
    if (items.length === 0) {
      if (REQUIRED_HEADERS.includes(name)) sink.warn('header-missing', `The required header ${name} is empty.`, `preamble.${name}`)
      if (name !== 'Post-History' || (written && !header)) continue
      items.push([text('Pending')])
    }
    warnIfReadAsBlock(name, items[0], sink)
    fields.push({ name: key, items })
  }
  for (const name of Object.keys(values)) {
    if (!exported.has(name) && values[name] !== undefined && values[name] !== '') {
      sink.warn('header-unknown', `"${name}" is not a PEP header (PEP 1) and was left out.`, `preamble.${name}`)
    }
  }
  return { type: 'preamble', fields }
}

function fieldItems(name: HeaderName, value: unknown): InlineNode[][] {
  if (name === 'Author') return listOf(value).map(person).filter(nonEmpty)
  if (name === 'Post-History') return listOf(value).map(postHistoryEntry).filter(nonEmpty)
  if (name === 'Resolution') return [datedLinkOrText(stringOf(value))].filter(nonEmpty)
  return [[text(stringOf(value))]].filter(nonEmpty)
}

/**
 * PEP numbers written `8, 12`. docutils' PEP reader turns Requires and Replaces into links with
 * `int()` on each `, `-separated part and crashes on anything else, so other values are left out.
 */
function pepNumbers(name: HeaderName, value: unknown, sink: WarningSink): InlineNode[][] {
  const parts = stringOf(value).split(/[\s,]+/).filter(Boolean)
  if (parts.every((part) => /^\d{1,4}$/.test(part))) return parts.length > 0 ? [[text(parts.map(Number).join(', '))]] : []
  sink.warn('header-invalid', `${name} must list PEP numbers ("8, 12"); "${stringOf(value)}" was left out.`, `preamble.${name}`)
  return []
}

/** PEP-RULES.md §1 row 3: `Name <email>` or `Name`. */
function person(value: unknown): InlineNode[] {
  if (typeof value === 'string') return [text(stringOf(value))]
  const { name, email } = (value ?? {}) as { name?: unknown; email?: unknown }
  const who = stringOf(name)
  const address = stringOf(email)
  return [text(address === '' ? who : who === '' ? `<${address}>` : `${who} <${address}>`)]
}

/** PEP-RULES.md §1 row 13: `` `DD-Mmm-YYYY <url>`__ ``, or the date alone. */
function postHistoryEntry(value: unknown): InlineNode[] {
  if (typeof value === 'string') return datedLinkOrText(value)
  const { date, url } = (value ?? {}) as { date?: unknown; url?: unknown }
  const day = stringOf(date)
  const link = stringOf(url)
  if (day === '') return []
  return link === '' ? [text(day)] : [{ type: 'link', text: day, url: link }]
}

function datedLinkOrText(value: string): InlineNode[] {
  const match = DATED_LINK.exec(value)
  if (match?.[1] && match[2]) return [{ type: 'link', text: match[1], url: match[2] }]
  return [text(value)]
}

/**
 * PEP-RULES.md §1: a header value must be one paragraph to docutils; `A. Person` is an enumerated
 * list and the PEP reader fails. The export escapes it; python/peps would still reject the
 * backslash, so the author should change the value.
 */
function warnIfReadAsBlock(name: HeaderName, first: InlineNode[] | undefined, sink: WarningSink): void {
  const start = first?.[0]
  if (start?.type !== 'text') return
  const hazards = hazardsIn(start.value, 'firstLine').filter((row) => row.id !== 'leading-whitespace')
  if (hazards.length === 0) return
  const ids = hazards.map((row) => row.id)
  const fix = ids.includes('enumerator') ? 'drop the full stop or spell the name out' : 'reword the value'
  sink.warn(
    'header-escaped',
    `docutils would not read "${name}: ${start.value}" as one paragraph (${ids.join(', ')}); it was escaped with a backslash, which python/peps rejects: ${fix}.`,
    `preamble.${name}`,
  )
}

function text(value: string): InlineNode {
  return { type: 'text', value }
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]
}

function stringOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? trimWhitespace(normalizeText(String(value))) : ''
}

function nonEmpty(item: InlineNode[]): boolean {
  return item.some((node) => node.type !== 'text' || node.value !== '')
}
