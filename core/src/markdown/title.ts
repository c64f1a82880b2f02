import type { Heading } from 'mdast'
import type { Preamble } from '../preamble/fields.js'
import { mdastText } from './mdast.js'
import type { ReportSink } from './report.js'

/** `PEP 9999: Title`, `PEP 9999 – Title`, `PEP XXXX: Title` (the number is not part of the Title, PEP 1). */
const PEP_PREFIX = /^PEP\s+(\d{1,4}|X+|N+)\s*[:\-–—]\s*/i

/**
 * The leading `#` heading as the preamble's Title (and PEP number, when it starts with one).
 * A Title or PEP already given by front matter or header lines wins; a different heading text
 * is then reported as left out.
 */
export function titleFromHeading(heading: Heading, preamble: Preamble, report: ReportSink): Preamble {
  const line = heading.position?.start.line
  const text = mdastText(heading).replace(/\s+/g, ' ').trim()
  const prefix = PEP_PREFIX.exec(text)
  const title = prefix ? text.slice(prefix[0].length).trim() : text
  const number = prefix?.[1] && /^\d+$/.test(prefix[1]) ? String(Number(prefix[1])) : undefined
  const result: Preamble = { ...preamble }
  const formatted = heading.children.some((child) => child.type !== 'text')
  const lost = formatted ? ' (its inline formatting is not kept: a Title is plain text)' : ''
  if (result.Title === undefined || result.Title.trim() === title) {
    result.Title = title
    report.add('title-from-heading', `The leading heading “${text}” is the PEP's Title${lost}.`, line)
  } else {
    report.add('title-conflict', `The leading heading “${text}” differs from the Title header “${result.Title}” and was left out.`, line, title)
  }
  if (prefix && !number) {
    report.add('title-from-heading', `“${prefix[0].trim()}” in the heading is a placeholder, not a PEP number; it was left out.`, line, prefix[0])
  } else if (number !== undefined) {
    if (result.PEP === undefined) result.PEP = number
    else if (String(Number(result.PEP)) !== number) {
      report.add('title-conflict', `The heading says PEP ${number} but the PEP header says ${result.PEP}; the header is kept.`, line, prefix?.[0])
    }
  }
  return result
}
