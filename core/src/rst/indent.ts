/** Indents every non-empty line by `columns` spaces (empty lines stay empty: no trailing spaces). */
export function indent(text: string, columns: number): string {
  const pad = ' '.repeat(columns)
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n')
}

/**
 * Puts `marker` before the first line and aligns the others under the text after it (PEP 12:
 * "item bodies aligned with the text after the marker"). An empty body leaves the marker alone.
 */
export function hang(marker: string, body: string): string {
  if (body === '') return marker.trimEnd()
  const [first = '', ...rest] = body.split('\n')
  const tail = indent(rest.join('\n'), marker.length)
  return rest.length > 0 ? `${marker}${first}\n${tail}` : `${marker}${first}`
}
