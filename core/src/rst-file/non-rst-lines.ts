import { indentOf, isBlank } from './source-lines.js'

/** docutils: `.. name::` starts a directive (names may hold `:`, as in `py:function`). */
const DIRECTIVE = /^\.\.\s+[\w:.+-]+::(?:\s|$)/
/** Directives whose content is code or raw text, not reStructuredText. */
const LITERAL_DIRECTIVE = /^\.\.\s+(?:code-block|code|sourcecode|literalinclude|math|raw|productionlist|highlight)::/
/** docutils: `.. [label]` footnote, `.. _name:` target, `.. |name|` substitution — not comments. */
const NOT_A_COMMENT = /^\.\.\s+(?:\[|_|\|)/

/**
 * Which lines hold no reStructuredText markup to lint: literal blocks (after a paragraph ending
 * in `::`), code and raw directives, comments and doctest blocks — what sphinx-lint hides before
 * running its checks. `hidden[i]` is true for such a line.
 */
export function nonRstLines(lines: readonly string[], start: number): boolean[] {
  const hidden = lines.map(() => false)
  let i = start
  while (i < lines.length) {
    const line = lines[i]!
    const text = line.trim()
    const indent = indentOf(line)
    if (text.startsWith('>>>') && isBlank(lines[i - 1])) {
      // docutils: a doctest block runs to the next blank line.
      while (i < lines.length && !isBlank(lines[i])) hidden[i++] = true
      continue
    }
    const comment = text.startsWith('..') && (text === '..' || /^\.\.\s/.test(text)) && !DIRECTIVE.test(text) && !NOT_A_COMMENT.test(text)
    const literal = LITERAL_DIRECTIVE.test(text) || comment || (text.endsWith('::') && !DIRECTIVE.test(text) && isBlank(lines[i + 1]))
    if (!literal) {
      i++
      continue
    }
    if (comment) hidden[i] = true
    // docutils: the block is every following line that is blank or indented deeper.
    let j = i + 1
    while (j < lines.length && (isBlank(lines[j]) || indentOf(lines[j]!) > indent)) hidden[j++] = true
    i = j
  }
  return hidden
}
