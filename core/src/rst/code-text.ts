import { leadingWhitespaceOf, trailingWhitespaceOf } from './characters.js'
import { expandTabs } from './expand-tabs.js'

/**
 * The text of a code block as docutils will read it back, so the export says what the reader
 * sees. docutils splits lines at every `str.splitlines()` break, expands tabs to 8-column stops,
 * strips trailing whitespace, and removes blank lines around and indentation common to all lines
 * of directive content. PEP 12: no tabs, no trailing whitespace.
 */
export interface CodeText {
  code: string
  /** Columns of indentation every line had (docutils would strip them silently). */
  dedented: number
}

const LINE_BREAKS = /\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/
const CONTROLS = /[\x00-\x08\x0e-\x1b\x1f\x7f]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function codeText(raw: string): CodeText {
  const lines = raw
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROLS, '')
    .split(LINE_BREAKS)
    .map((line) => expandTabs(line))
    .map((line) => line.slice(0, line.length - trailingWhitespaceOf(line).length))
  while (lines.length > 0 && lines[0] === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  const indents = lines.filter((line) => line !== '').map((line) => leadingWhitespaceOf(line).length)
  const dedented = indents.length > 0 ? Math.min(...indents) : 0
  return { code: lines.map((line) => line.slice(dedented)).join('\n'), dedented }
}
