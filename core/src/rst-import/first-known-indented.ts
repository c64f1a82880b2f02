import { dedent, isBlank, minIndent, type SourceLine } from './source-line.js'

/**
 * docutils `get_first_known_indented`: the first line from column `width` (after a marker), the
 * following lines less their common indentation, leading blank lines dropped.
 */
export function firstKnownIndented(lines: readonly SourceLine[], start: number, end: number, width: number): SourceLine[] {
  const first = { text: lines[start]!.text.slice(width), line: lines[start]!.line }
  const rest = lines.slice(start + 1, end)
  const body = [first, ...dedent(rest, minIndent(rest))]
  while (body.length > 0 && isBlank(body[0])) body.shift()
  return body
}
