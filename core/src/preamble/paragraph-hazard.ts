/** docutils enumerators: arabic, auto (`#`), one letter, or a roman numeral. */
const ENUMERATOR = String.raw`(?:\d+|#|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)`

export interface ParagraphHazard {
  /** Stable rule id, the last part of the problem code (`preamble.author.enumerated-list`). */
  rule: string
  /** What docutils reads instead of a paragraph. */
  construct: string
  /** How to write the value so it stays one paragraph. */
  fix: (text: string) => string
}

/**
 * PEP-RULES §1 and §4: a header value must be exactly one paragraph to docutils, and python/peps'
 * name rule forbids the backslash that would escape it. One row per construct docutils recognises
 * at the start (or end) of a paragraph.
 */
const HAZARDS: readonly (ParagraphHazard & { pattern: RegExp })[] = [
  {
    // docutils: "A. Einstein" is an enumerated list item, so is "I. Name", "1. Foo", "(a) Foo", "a) Foo".
    rule: 'enumerated-list',
    pattern: new RegExp(String.raw`^(?:${ENUMERATOR}\.|\(?${ENUMERATOR}\))(?:\s|$)`),
    construct: 'a numbered list item',
    fix: (text) => {
      const initial = /^([A-Za-z]+)\.\s+(.*)$/.exec(text)
      return initial ? `drop the full stop (“${initial[1]} ${initial[2]}”) or spell the name out` : 'reword the start'
    },
  },
  // docutils: "- ", "* ", "+ " start a bullet list.
  {
    rule: 'bullet-list',
    pattern: /^[-*+](?:\s|$)/,
    construct: 'a bullet list item',
    fix: () => 'remove the leading marker',
  },
  // docutils: ".. " starts a comment or a directive.
  { rule: 'directive', pattern: /^\.\.(?:\s|$)/, construct: 'a comment', fix: () => 'remove the leading “..”' },
  // docutils: "| " starts a line block.
  { rule: 'line-block', pattern: /^\|(?:\s|$)/, construct: 'a line block', fix: () => 'remove the leading “|”' },
  // docutils: ":word: " starts a field list.
  { rule: 'field-list', pattern: /^:[^:\s][^:]*:(?:\s|$)/, construct: 'a field list', fix: () => 'reword the start' },
  // docutils: ">>>" starts a doctest block.
  { rule: 'doctest', pattern: /^>>>(?:\s|$)/, construct: 'a doctest block', fix: () => 'remove the “>>>”' },
  // docutils: a line of one repeated punctuation character is a transition or an underline.
  {
    rule: 'transition',
    pattern: /^([!-/:-@[-`{-~])\1{3,}\s*$/,
    construct: 'a transition line',
    fix: () => 'use words',
  },
  // docutils: a paragraph ending in "::" announces a literal block that never comes.
  {
    rule: 'literal-block',
    pattern: /::\s*$/,
    construct: 'the start of a literal block',
    fix: () => 'end it with one colon',
  },
]

/** The construct that would stop `text` being one paragraph, or undefined when it is safe. */
export function paragraphHazard(text: string): ParagraphHazard | undefined {
  const trimmed = text.trim()
  return HAZARDS.find((hazard) => hazard.pattern.test(trimmed))
}

/** The message for a header value docutils would not read as one paragraph. */
export function paragraphHazardMessage(label: string, text: string, hazard: ParagraphHazard): string {
  return (
    `${label} “${text.trim()}” would be read by reStructuredText as ${hazard.construct}, which breaks the PEP build ` +
    `(python/peps does not accept a backslash escape here): ${hazard.fix(text.trim())}.`
  )
}
