/** docutils ends these at the first blank line: line blocks, doctest blocks, grid and simple tables. */
const ENDS_AT_BLANK_LINE = /^(\|( |$)|>>>( |$)|\+-[-+]+-\+ *$|=+( +=+)+ *$)/
const ADORNMENT = /^([!-/:-@[-`{-~])\1* *$/

/**
 * Whether an indented block written after this source would join it. Explicit markup, lists,
 * field and definition lists take every indented line after them as their body; line blocks,
 * doctest blocks, tables, transitions and section titles do not, so a block quote after them
 * needs no empty comment (which docutils would keep as a `comment` node).
 */
export function rstBlockTakesIndentedBlock(text: string): boolean {
  const lines = text.split('\n')
  const [first = '', second = '', third = ''] = lines
  if (ENDS_AT_BLANK_LINE.test(first)) return false
  if (lines.length === 1 && ADORNMENT.test(first)) return false
  if (lines.length === 2 && ADORNMENT.test(second)) return false
  return !(lines.length === 3 && ADORNMENT.test(first) && ADORNMENT.test(third))
}
