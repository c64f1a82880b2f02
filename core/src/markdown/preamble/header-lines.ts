import type { RawHeader } from './header-names.js'
import { lookUpHeader } from './header-names.js'

/**
 * PEP-RULES.md §1: an RFC 2822 style header line, `Key: value`. A colon followed by anything but
 * whitespace (`https://…`) does not end a key, so a URL on a continuation line stays a value.
 */
const HEADER_LINE = /^([A-Za-z][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/

/** At least this many known PEP headers make a paragraph a header block, not prose that starts with "Status:". */
const MIN_KNOWN_HEADERS = 2

/**
 * A leading block of `Key: value` lines (a gist or pad that copied a PEP preamble) as header pairs,
 * or `undefined` when the paragraph is not one. Read from the source, not from the parsed text:
 * `<jane@example.com>` is an autolink to CommonMark but part of an Author value here. A line that
 * is not `Key: value` continues the value above it (PEP 1 indents continuation lines).
 */
export function headerLines(source: string, firstLine: number): RawHeader[] | undefined {
  const lines = source.split(/\r\n?|\n/)
  const first = HEADER_LINE.exec(lines[0]?.trim() ?? '')
  if (!first?.[1] || !lookUpHeader(first[1])) return undefined
  const headers: RawHeader[] = []
  lines.forEach((raw, index) => {
    // CommonMark §6.7: two trailing spaces or a backslash mark a hard break, not part of the value.
    const line = raw.trim().replace(/\\$/, '').trimEnd()
    const match = HEADER_LINE.exec(line)
    const last = headers[headers.length - 1]
    if (match?.[1]) {
      const value = match[2]?.trim() ?? ''
      headers.push({ key: match[1], value, line: firstLine + index, source: line })
    } else if (last) {
      last.value = `${String(last.value)} ${line}`.trim()
      last.source = `${last.source} ${line}`
    }
  })
  const known = headers.filter((header) => lookUpHeader(header.key) !== undefined).length
  return known >= MIN_KNOWN_HEADERS ? headers : undefined
}
