/**
 * The lines of a file as docutils and check-peps see them (`str.splitlines()`): split at LF, CR LF
 * or a lone CR, without the line break, and without the empty "line" after a final newline.
 * `lines[i]` is line `i + 1`.
 */
export function sourceLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** docutils and check-peps: a line of nothing but whitespace is blank (it ends the preamble). */
export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === ''
}

/** Columns of leading whitespace (tabs are reported elsewhere; here they count as one column). */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length
}
