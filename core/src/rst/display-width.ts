import { COMBINING, WIDE } from './unicode-width.js'

const wide = new RegExp(`[${WIDE}]`, 'u')
const combining = new RegExp(`[${COMBINING}]`, 'u')

/**
 * Columns a line takes, computed as docutils does (`docutils.utils.column_width`): East Asian
 * Wide and Fullwidth characters count 2, every other code point 1, less 1 for each combining
 * character (so an accent on a letter adds nothing).
 * PEP 12: a title underline must be at least this long.
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    width += (wide.test(char) ? 2 : 1) - (combining.test(char) ? 1 : 0)
  }
  return width
}
