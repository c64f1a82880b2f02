import { END_SUFFIX, QUOTED_PAIR, START_PREFIX, WORD, WS } from './characters.js'
import { WHITESPACE } from './unicode-punctuation.js'

/**
 * Every way text can be misread by docutils, one row per hazard (PEP-RULES.md §4 plus what
 * docutils 0.19 taught us), applied in context by `safe()`. Rows run in this order, each on the
 * output of the previous ones, so a later row sees earlier escapes as `\` (which docutils treats
 * as a NUL: end-string suffix, never a start-string prefix). Each row has a golden fixture
 * `tests/fixtures/rst/escape-<id>.json`.
 */

/** Where a piece of text sits; a row applies only where it is listed. */
export type Where =
  /** running text: paragraphs, titles, list items, cells, header values */
  | 'text'
  /** inside `*emphasis*` or `**strong**` */
  | 'markup'
  /** inside ` ``literal`` ` (a hazard here switches to the `:literal:` role) */
  | 'literal'
  /** inside `:literal:`…`` */
  | 'roleText'
  /** the text of `` `text <url>`__ `` */
  | 'linkText'
  /** the `<url>` of a link */
  | 'url'
  /** the first line of a paragraph, title, list item, cell, footnote or header value */
  | 'firstLine'
  /** every line of such a block */
  | 'line'
  /** the last line of a paragraph or header value */
  | 'lastLine'
  /** the output just before inline markup (a hazard here inserts an escaped space) */
  | 'beforeMarkup'
  /** the output just after inline markup (a hazard here inserts an escaped space) */
  | 'afterMarkup'
  /** the character before a start-string followed by the first character inside the markup */
  | 'markupStart'

/**
 * How a hazard is made safe: `escape` puts a backslash before the match, `escaped-space` puts
 * `\ ` (which docutils removes) before it, `space` replaces it by a space, `remove` deletes it,
 * `replace` substitutes U+FFFD, `percent` percent-encodes it, `literal-role` writes the literal
 * as `:literal:`. Rows for `beforeMarkup`, `afterMarkup`, `markupStart` and `literal` are
 * applied by the construct that owns the place, which asks `hasHazard()`.
 */
export type Fix = 'escape' | 'space' | 'remove' | 'replace' | 'percent' | 'escaped-space' | 'literal-role'

export interface Unsafe {
  id: string
  where: readonly Where[]
  /** Global, Unicode-aware; the match is what gets fixed, context sits in lookarounds. */
  pattern: RegExp
  fix: Fix
  why: string
}

const INLINE: readonly Where[] = ['text', 'markup', 'literal', 'roleText', 'linkText']
const ENUM = '(?:[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)'
const OPTARG = '(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)'
const OPTION = `(?:[-+][a-zA-Z0-9](?: ?${OPTARG})?|(?:--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*(?:[ =]${OPTARG})?)`

export const UNSAFE: readonly Unsafe[] = [
  // Characters that cannot be written as they are.
  { id: 'lone-surrogate', where: [...INLINE, 'url'], pattern: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, fix: 'replace',
    why: 'PEP 12: files are UTF-8, and half a surrogate pair has no UTF-8 encoding' },
  { id: 'line-break-character', where: INLINE, pattern: /[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]/gu, fix: 'space',
    why: 'PEP 12: no tabs; docutils splits lines at every str.splitlines() break, which would cut running text' },
  { id: 'control-character', where: [...INLINE, 'url'], pattern: /[\x00-\x08\x0e-\x1b\x7f]/g, fix: 'remove',
    why: 'docutils uses NUL to mark backslash escapes; other C0 controls are invisible and invalid in its XML output' },
  // Inline markup: PEP-RULES.md §4 rows 1–5.
  { id: 'backslash', where: [...INLINE.filter((w) => w !== 'literal'), 'url'], pattern: /\\/g, fix: 'escape',
    why: 'docutils: a backslash escapes the next character, so a literal one is written `\\\\`' },
  { id: 'backtick', where: ['text', 'roleText', 'linkText', 'url'], pattern: /`/g, fix: 'escape',
    why: 'docutils: a backtick opens interpreted text or a phrase reference; PEP 12 linters reject single backticks' },
  { id: 'asterisk', where: ['text'], pattern: new RegExp(`(?<=^|${START_PREFIX})\\*(?=[^${WHITESPACE}])`, 'gu'), fix: 'escape',
    why: 'docutils: `*` after whitespace or punctuation and before a non-space starts emphasis ("start-string without end-string")' },
  { id: 'asterisk-in-markup', where: ['markup'], pattern: /\*/g, fix: 'escape',
    why: 'docutils: inside emphasis or strong any `*` followed by space or punctuation ends it' },
  { id: 'pipe', where: ['text'], pattern: new RegExp(`(?<=^|${START_PREFIX})\\|(?=[^${WHITESPACE}])`, 'gu'), fix: 'escape',
    why: 'docutils: `|name|` is a substitution reference; an unmatched one is a warning' },
  { id: 'trailing-underscore', where: ['text'], pattern: new RegExp(`(?<=${WORD})(?<!_)_(?=_*(?:$|${END_SUFFIX}))`, 'gu'), fix: 'escape',
    why: 'docutils: "word_" and "word__" are hyperlink references (unknown target: error). The first underscore of the run is escaped: an escape is an end-string suffix, so "word_\\_" would still be one' },
  { id: 'footnote-reference', where: ['text'], pattern: /(?<=\])_/g, fix: 'escape',
    why: 'docutils: "[1]_", "[#a]_", "[*]_" and "[name]_" are footnote and citation references' },
  // Links.
  { id: 'link-text-angle', where: ['linkText'], pattern: /</g, fix: 'escape',
    why: 'docutils: a phrase reference ending in `<…>` takes it as its URI' },
  { id: 'url-whitespace', where: ['url'], pattern: new RegExp(WS, 'gu'), fix: 'percent',
    why: 'docutils removes whitespace from an embedded URI' },
  { id: 'url-angle', where: ['url'], pattern: /[<>]/g, fix: 'escape',
    why: 'docutils: `>` ends the embedded URI' },
  { id: 'url-trailing-underscore', where: ['url'], pattern: /_$/g, fix: 'escape',
    why: 'docutils: `<name_>` is an alias to the target "name", not a URI' },
  // Inline literal: PEP-RULES.md §4 last row.
  { id: 'literal-backticks', where: ['literal'], pattern: /``|^`|`$/g, fix: 'literal-role',
    why: 'docutils: ``…`` cannot contain its end-string and has no escapes; `:literal:` has escapes' },
  // Markup glued to a word: PEP 12 "markup glued to a word needs an escaped space".
  { id: 'markup-after-word', where: ['beforeMarkup'], pattern: new RegExp(`(?<!^|${START_PREFIX})$`, 'gu'), fix: 'escaped-space',
    why: 'docutils: a start-string must follow whitespace or punctuation; `foo\\ **bar**`' },
  { id: 'role-prefix', where: ['beforeMarkup'], pattern: /:[\p{L}\p{N}\p{M}]+(?:[-._+:][\p{L}\p{N}\p{M}]+)*:$/gu, fix: 'escaped-space',
    why: 'docutils: `:name:` right before a backquote is the role of the interpreted text that follows ("Mismatch: both interpreted text role prefix and reference suffix")' },
  { id: 'markup-before-word', where: ['afterMarkup'], pattern: new RegExp(`^(?!$|${END_SUFFIX})`, 'gu'), fix: 'escaped-space',
    why: 'docutils: an end-string must precede whitespace or punctuation; `**foo**\\ bar`' },
  { id: 'role-suffix', where: ['afterMarkup'], pattern: /^:[\p{L}\p{N}\p{M}]+(?:[-._+:][\p{L}\p{N}\p{M}]+)*:/gu, fix: 'escaped-space',
    why: 'docutils: `:name:` right after a closing backquote is a role suffix ("Multiple roles in interpreted text")' },
  { id: 'markup-quoted', where: ['markupStart'], pattern: new RegExp(`^${QUOTED_PAIR}$`, 'gu'), fix: 'escaped-space',
    why: 'docutils quoted_start: a start-string between an opener and its closer, as in `(*)`, is not markup' },
  // Block constructs recognised at the start of a block (docutils Body.patterns).
  { id: 'leading-whitespace', where: ['firstLine'], pattern: new RegExp(`^${WS}+`, 'gu'), fix: 'remove',
    why: 'PEP 12 / docutils: an indented line starts a block quote' },
  { id: 'explicit-markup', where: ['firstLine'], pattern: /^\.(?=\.(?: |$))/g, fix: 'escape',
    why: 'docutils: `.. ` starts a comment or directive (PEP-RULES.md: emit `\\.. `)' },
  { id: 'anonymous-target', where: ['firstLine'], pattern: /^_(?=_(?: |$))/g, fix: 'escape',
    why: 'docutils: `__ ` starts an anonymous hyperlink target' },
  { id: 'bullet', where: ['firstLine'], pattern: /^[-+*\u2022\u2023\u2043](?= |$)/g, fix: 'escape',
    why: 'docutils: `- `, `* `, `+ `, `• `, `‣ `, `⁃ ` start a bullet list' },
  { id: 'enumerator', where: ['firstLine'], pattern: new RegExp(`(?<=^${ENUM})[.)](?= |$)|^\\((?=${ENUM}\\)(?: |$))`, 'g'), fix: 'escape',
    why: 'docutils: `1. `, `#. `, `A. `, `I. `, `a) `, `(a) ` start an enumerated list; in a header value (`Author: A. Person`) the PEP reader then fails' },
  { id: 'field-marker', where: ['firstLine'], pattern: /^:(?=(?![: ])(?:[^:\\]|\\.|:(?![ `]|$))*(?<! ):(?: |$))/g, fix: 'escape',
    why: 'docutils: `:name: ` starts a field list' },
  { id: 'option-marker', where: ['firstLine'], pattern: new RegExp(`^(?=${OPTION}(?:, ${OPTION})*(?:  +| ?$))[-+/]`, 'g'), fix: 'escape',
    why: 'docutils: `-v  text`, `--long=x  text`, `/V  text` start an option list' },
  { id: 'attribution', where: ['firstLine'], pattern: /^(?:-(?=--?(?!-) *[^ ])|\u2014(?= *[^ ]))/g, fix: 'escape',
    why: 'docutils: in a block quote, a paragraph starting with `--`, `---` or an em dash is the attribution' },
  { id: 'doctest', where: ['firstLine'], pattern: /^>(?=>>(?: |$))/g, fix: 'escape',
    why: 'docutils: `>>> ` starts a doctest block' },
  { id: 'line-block', where: ['firstLine'], pattern: /^\|(?= |$)/g, fix: 'escape',
    why: 'docutils: `| ` starts a line block' },
  { id: 'table-border', where: ['firstLine'], pattern: /^\+(?=-[-+]+-\+ *$)|^=(?==*(?: +=+)+ *$)/g, fix: 'escape',
    why: 'docutils: `+--+` and `== ==` lines start grid and simple tables' },
  { id: 'punctuation-line', where: ['firstLine', 'line'], pattern: /^([!-/:-@[\]-`{-~])(?=\1*$)/g, fix: 'escape',
    why: 'docutils: a line of one repeated punctuation character is a transition or a title adornment' },
  { id: 'backslash-line', where: ['firstLine', 'line'], pattern: /^(?=(?:\\\\)+$)/g, fix: 'escaped-space',
    why: 'docutils: a line of escaped backslashes is still a line of one punctuation character; a backslash before it would escape one of them' },
  // Paragraph end.
  { id: 'literal-block-marker', where: ['lastLine'], pattern: /(?<=(?:^|[^\\])(?:\\\\)*):(?=:$)/g, fix: 'escape',
    why: 'docutils: a paragraph ending in `::` announces a literal block ("Literal block expected")' },
]
