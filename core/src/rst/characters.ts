import { CLOSERS, CLOSING_DELIMITERS, DELIMITERS, OPENERS, WHITESPACE } from './unicode-punctuation.js'

/**
 * docutils' inline markup recognition rules as character classes (docutils 0.19,
 * `parsers/rst/states.py` `Inliner.init_customizations`), built from its own punctuation tables.
 * In the ASCII range only `-`, `:`, `/` and openers may precede a start-string: not `*`, `_`,
 * `` ` `` or `|`. A backslash escape counts as an end-string suffix (docutils turns escapes into
 * NUL, which the suffix admits).
 */

/** Regex source of Python's `\s`, which docutils uses in every pattern. */
export const WS = `[${WHITESPACE}]`
/** Characters that may precede a start-string (besides whitespace). */
export const START_PREFIX = `[${WHITESPACE}${OPENERS}${DELIMITERS}]`
/** Characters that may follow an end-string (besides whitespace); `\\` is an escape. */
export const END_SUFFIX = `[${WHITESPACE}${CLOSING_DELIMITERS}${DELIMITERS}${CLOSERS}\\\\]`
/** A character that is neither whitespace nor punctuation docutils knows: part of a word. */
export const WORD = `[^${WHITESPACE}${OPENERS}${CLOSERS}${DELIMITERS}${CLOSING_DELIMITERS}]`
/** An opener followed by a closer: docutils' "quoted" start-string test, from above. */
export const QUOTED_PAIR = `[${OPENERS}][${CLOSERS}]`

const whitespace = new RegExp(`^${WS}$`, 'u')
const leadingWhitespace = new RegExp(`^${WS}+`, 'u')
const trailingWhitespace = new RegExp(`${WS}+$`, 'u')

export function isWhitespace(char: string): boolean {
  return whitespace.test(char)
}

/** Strips what Python's `str.strip()` strips, which is what docutils strips. */
export function trimWhitespace(text: string): string {
  return text.replace(leadingWhitespace, '').replace(trailingWhitespace, '')
}

export function leadingWhitespaceOf(text: string): string {
  return leadingWhitespace.exec(text)?.[0] ?? ''
}

export function trailingWhitespaceOf(text: string): string {
  return trailingWhitespace.exec(text)?.[0] ?? ''
}

/** The last code point of a string (an astral character counts as one). */
export function lastChar(text: string): string {
  const chars = Array.from(text.slice(-2))
  return chars[chars.length - 1] ?? ''
}
