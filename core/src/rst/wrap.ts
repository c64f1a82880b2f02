import { displayWidth, } from './display-width.js'
import { isWhitespace } from './characters.js'
import type { Piece } from './phrasing.js'

/** Nesting never squeezes a paragraph below this many columns. */
const MIN_WIDTH = 40

/**
 * PEP 12: lines should not pass column 79. Breaks only at single plain spaces inside text (never
 * inside markup or an escaped space, never where an author put two), between two non-space
 * characters, so no line starts or ends with whitespace. Greedy; a word longer than the line stays whole.
 */
export function wrap(pieces: readonly Piece[], width: number): string[] {
  const limit = Math.max(width, MIN_WIDTH)
  const text = pieces.map((piece) => piece.text).join('')
  const breakable: boolean[] = []
  for (const piece of pieces) for (let i = 0; i < piece.text.length; i++) breakable.push(piece.breakable)
  const words: string[] = []
  const gaps: string[] = []
  let start = 0
  for (const match of text.matchAll(/ +/g)) {
    const at = match.index
    const end = at + match[0].length
    const inText = breakable.slice(at, end).every(Boolean)
    const between = at > 0 && end < text.length && !isWhitespace(text.charAt(at - 1)) && !isWhitespace(text.charAt(end))
    // Two spaces (after a sentence, as many PEPs write) are kept: a line break would read back as one.
    const single = match[0].length === 1
    if (!inText || !between || !single) continue
    words.push(text.slice(start, at))
    gaps.push(match[0])
    start = end
  }
  words.push(text.slice(start))
  const lines: string[] = []
  let line = words[0] ?? ''
  words.slice(1).forEach((word, i) => {
    const gap = gaps[i] ?? ' '
    if (displayWidth(line) + gap.length + displayWidth(word) <= limit) line += gap + word
    else {
      lines.push(line)
      line = word
    }
  })
  lines.push(line)
  return lines
}
