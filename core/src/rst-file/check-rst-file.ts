import { checkPreambleBlock } from './check-preamble.js'
import { checkDefaultRole } from './default-role.js'
import { checkDirectLinks } from './direct-links.js'
import { byLine, type FileProblem } from './file-problem.js'
import { checkHeadings } from './heading-rules.js'
import { findHeadings } from './headings.js'
import { checkLayout } from './layout.js'
import { nonRstLines } from './non-rst-lines.js'
import { sourceLines } from './source-lines.js'

export interface RstFileOptions {
  /** The date "in the future" is measured from (PEP-RULES §1 row 11); passed in, never read from a clock. */
  today: Date
}

/**
 * What python/peps would reject in a contributor's `.rst` file, and what PEP 12 asks of it
 * (PEP-RULES §1 and §3): the preamble (read as lines, then checked with the editor's own rules),
 * the layout (line endings, final newline, whitespace, tabs), section titles, direct PEP and RFC
 * links and single backticks. Problems come back in line order; bad input never throws.
 * For bytes read from disk, decode with `decodeRstBytes` first (it reports invalid UTF-8).
 */
export function checkRstFile(text: string, options: RstFileOptions): FileProblem[] {
  if (typeof text !== 'string') throw new Error(`checkRstFile expects the file's text, got ${typeof text}`)
  if (!(options?.today instanceof Date) || Number.isNaN(options.today.getTime())) {
    throw new Error(`checkRstFile expects options.today to be a valid Date, got ${String(options?.today)}`)
  }
  const lines = sourceLines(text)
  const preamble = checkPreambleBlock(lines, options.today)
  const hidden = nonRstLines(lines, preamble.bodyStart)
  return byLine([
    ...checkLayout(text),
    ...preamble.problems,
    ...checkHeadings(findHeadings(lines, preamble.bodyStart)),
    ...checkDirectLinks(lines, preamble.preamble.PEP),
    ...checkDefaultRole(lines, preamble.bodyStart, hidden),
  ])
}
