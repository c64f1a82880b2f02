import { type FileProblem, fileWarning } from './file-problem.js'

/** docutils: ``literal`` text, removed first so its backticks are not read as interpreted text. */
const INLINE_LITERAL = /``.+?``/g
/** An escaped backtick is text. */
const ESCAPED = /\\./g
/**
 * docutils inline-markup rules for `interpreted text` with no role: the start-string follows the
 * line start, whitespace or opening punctuation and is followed by a non-space; the end-string
 * is not followed by `_` (a reference) or another backtick. A `:role:` before or after makes it a
 * role, not the default role.
 */
const DEFAULT_ROLE = /(?<=^|[\s'"([{<\-/])(?<!:[\w.+-]+:)`(?=[^\s`])([^`]*?[^\s`\\])`(?![_`])(?!:[\w.+-]+:)/g

/**
 * PEP-RULES §3 ("single backticks are not code"), sphinx-lint's default-role rule and python/peps'
 * rst-backticks hook: `x` is interpreted text in the default role, which renders as italics in
 * a PEP; code is ``x``. Lines that are not reStructuredText (code, comments) are skipped.
 */
export function checkDefaultRole(lines: readonly string[], start: number, hidden: readonly boolean[]): FileProblem[] {
  const problems: FileProblem[] = []
  for (let i = start; i < lines.length; i++) {
    if (hidden[i]) continue
    const line = lines[i]!.replace(ESCAPED, '  ').replace(INLINE_LITERAL, (m) => ' '.repeat(m.length))
    for (const match of line.matchAll(DEFAULT_ROLE)) {
      problems.push(
        fileWarning(
          'file.markup.default-role',
          i + 1,
          `\`${match[1]}\` uses single backticks, which PEPs render as italics, not code: write \`\`${match[1]}\`\` for code, *${match[1]}* for emphasis (sphinx-lint default-role).`,
        ),
      )
    }
  }
  return problems
}
