import { type FileProblem, fileError, quoted } from './file-problem.js'
import { isBlank } from './source-lines.js'

/** One `Name: value` header as written, with its indented continuation lines. */
export interface HeaderLines {
  name: string
  /** 1-based line of `Name:`. */
  line: number
  /** The text after `Name: ` on the first line. */
  value: string
  continuations: { text: string; line: number }[]
}

export interface PreambleBlock {
  headers: HeaderLines[]
  /** Index in `lines` of the first body line (after the blank line that ends the preamble). */
  bodyStart: number
  problems: FileProblem[]
}

/** check-peps HEADER_PATTERN: letters or `-`, one colon, then a space or the end of the line. */
const HEADER = /^([A-Za-z-]+):(?: (.*)|)$/
/** `Title:Foo`: a header missing the space after its colon. */
const HEADER_WITHOUT_SPACE = /^([A-Za-z-]+):(\S.*)$/

/**
 * PEP-RULES §1: the RFC 2822 preamble is the first thing in the file, starts with `PEP: `, holds
 * `Name: value` lines and indented continuation lines, and ends at the first blank line.
 * Reads its lines; what the headers mean is decided later.
 */
export function readPreambleBlock(lines: readonly string[]): PreambleBlock {
  const problems: FileProblem[] = []
  const first = (lines[0] ?? '').replace(/^\ufeff/, '')
  if (!HEADER.test(first) && !HEADER_WITHOUT_SPACE.test(first)) {
    problems.push(
      fileError('file.preamble.start', 1, 'A PEP starts with its preamble: the first line must be “PEP: <number>” (PEP 12), followed by the other headers.'),
    )
    return { headers: [], bodyStart: 0, problems }
  }
  if (!first.startsWith('PEP: ')) {
    problems.push(fileError('file.preamble.start', 1, `The first line must be “PEP: <number>” (check-peps), not ${quoted(first)}.`))
  }
  const headers: HeaderLines[] = []
  let i = 0
  for (; i < lines.length && !isBlank(lines[i]); i++) {
    const text = i === 0 ? first : lines[i]!
    const header = HEADER.exec(text)
    const unspaced = header ? undefined : HEADER_WITHOUT_SPACE.exec(text)
    if (header || unspaced) {
      if (unspaced) {
        problems.push(fileError('file.preamble.colon-space', i + 1, `The header ${unspaced[1]} needs a space after its colon: write “${unspaced[1]}: ${unspaced[2]}”.`))
      }
      const [, name = '', value = ''] = header ?? unspaced ?? []
      headers.push({ name, line: i + 1, value, continuations: [] })
    } else if (/^\s/.test(text) && headers.length > 0) {
      headers[headers.length - 1]!.continuations.push({ text, line: i + 1 })
    } else {
      problems.push(
        fileError(
          'file.preamble.malformed-line',
          i + 1,
          `${quoted(text.trim())} is neither a header (“Name: value”) nor an indented continuation line. The preamble ends at the first blank line: add one before the body.`,
        ),
      )
    }
  }
  if (i >= lines.length) {
    problems.push(fileError('file.preamble.unterminated', lines.length || 1, 'The preamble must be followed by a blank line and the body of the PEP.'))
  }
  return { headers, bodyStart: Math.min(i + 1, lines.length), problems }
}
