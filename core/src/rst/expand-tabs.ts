/**
 * Python's `str.expandtabs(8)`, which docutils applies to every source line (tab stops every 8
 * columns, columns counted in code points), so indentation is measured as docutils measures it.
 */
export function expandTabs(line: string): string {
  if (!line.includes('\t')) return line
  let out = ''
  let column = 0
  for (const char of line) {
    if (char === '\t') {
      const spaces = 8 - (column % 8)
      out += ' '.repeat(spaces)
      column += spaces
    } else {
      out += char
      column += 1
    }
  }
  return out
}
