/**
 * The line patterns docutils' `Body` state tries, in its order (docutils/parsers/rst/states.py,
 * `Body.patterns` and `Body.initial_transitions`). Each matches at the start of an unindented line.
 */

/** docutils `Inliner.simplename`: reference names, directive names, footnote labels. */
export const SIMPLE_NAME = String.raw`(?:(?!_)[\p{L}\p{N}_])+(?:[-._+:](?:(?!_)[\p{L}\p{N}_])+)*`

const ENUM = String.raw`(?:[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)`
const OPTNAME = '[a-zA-Z0-9][a-zA-Z0-9_-]*'
const OPTARG = '(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)'
const OPTION = `(?:(?:-|\\+)[a-zA-Z0-9](?: ?${OPTARG})?|(?:--|/)${OPTNAME}(?:[ =]${OPTARG})?)`

export const BULLET = /^([-+*\u2022\u2023\u2043])( +|$)/
/** `(1)`, `1)` or `1.` with any sequence; the groups are prefix, ordinal, suffix. */
export const ENUMERATOR = new RegExp(String.raw`^(?:(\()(${ENUM})(\))|()(${ENUM})(\))|()(${ENUM})(\.))( +|$)`)
export const FIELD_MARKER = /^:(?![: ])(?:[^:\\]|\\.|:(?!(?:[ `]|$)))*(?<! ):( +|$)/
export const OPTION_MARKER = new RegExp(`^${OPTION}(?:, ${OPTION})*(?:  +| ?$)`)
export const DOCTEST = /^>>>( +|$)/
export const LINE_BLOCK = /^\|( +|$)/
export const GRID_TABLE_TOP = /^\+-[-+]+-\+ *$/
export const SIMPLE_TABLE_TOP = /^=+( +=+)+ *$/
export const SIMPLE_TABLE_BORDER = /^=+[ =]*$/
export const EXPLICIT_MARKUP = /^\.\.( +|$)/
export const ANONYMOUS_TARGET = /^__( +|$)/
/** A line of one repeated 7-bit punctuation character: an adornment or a transition. */
export const ADORNMENT = /^([!-/:-@[-`{-~])\1* *$/

/** The explicit constructs, in the order docutils tries them (`explicit.constructs`). */
export const FOOTNOTE = new RegExp(String.raw`^\.\. +\[([0-9]+|#|#${SIMPLE_NAME}|\*)\]( +|$)`, 'u')
export const CITATION = new RegExp(String.raw`^\.\. +\[(${SIMPLE_NAME})\]( +|$)`, 'u')
export const HYPERLINK_TARGET = /^\.\. +_(?! |$)/
export const SUBSTITUTION_DEFINITION = /^\.\. +\|(?! |$)/
export const DIRECTIVE = new RegExp(String.raw`^\.\. +(${SIMPLE_NAME}) ?::( +|$)`, 'u')
