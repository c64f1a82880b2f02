import { expandTabs } from '../rst/expand-tabs.js'

/** One line of the body as docutils reads it, with its 1-based line number in the file. */
export interface SourceLine {
  text: string
  line: number
}

/**
 * docutils `string2lines(…, convert_whitespace=True)`: vertical tabs and form feeds become spaces,
 * lines split as `str.splitlines()` splits them, tabs expanded to 8-column stops, trailing
 * whitespace stripped. Every later decision (indentation, blank lines) is taken on these lines.
 */
export function splitSourceLines(source: string): string[] {
  const lines = source.replace(/[\v\f]/g, ' ').split(/\r\n|[\n\r\x1c-\x1e\x85\u2028\u2029]/)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines.map((line) => rstripPython(expandTabs(line)))
}

/** Python's `str.rstrip()`: every Unicode whitespace character. */
function rstripPython(line: string): string {
  return line.replace(/[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/u, '')
}

/** Lines are right-stripped already, so a blank line is an empty one. */
export function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text === ''
}

/** Leading spaces (tabs are already expanded). */
export function indentOf(line: SourceLine): number {
  return line.text.length - line.text.replace(/^ +/, '').length
}

/** Lines with `columns` removed from the start of each (blank lines stay empty). */
export function dedent(lines: readonly SourceLine[], columns: number): SourceLine[] {
  return lines.map((l) => ({ text: l.text.slice(columns), line: l.line }))
}

/** The smallest indentation among non-blank lines (0 when every line is blank). */
export function minIndent(lines: readonly SourceLine[]): number {
  const indents = lines.filter((l) => !isBlank(l)).map(indentOf)
  return indents.length > 0 ? Math.min(...indents) : 0
}

/** `lines` without blank lines at either end. */
export function trimBlankLines(lines: readonly SourceLine[]): SourceLine[] {
  let start = 0
  let end = lines.length
  while (start < end && isBlank(lines[start])) start++
  while (end > start && isBlank(lines[end - 1])) end--
  return lines.slice(start, end)
}
