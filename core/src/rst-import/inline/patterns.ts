import { CLOSERS, CLOSING_DELIMITERS, DELIMITERS, OPENERS, WHITESPACE } from '../../rst/unicode-punctuation.js'

/**
 * docutils 0.19 inline markup recognition rules (`parsers/rst/states.py`, `Inliner`), written over
 * text whose backslash escapes are NUL (`escapes.ts`). All regular expressions use the `u` flag.
 */

const WS = `[${WHITESPACE}]`
/** `\w` without `_`, as docutils' simplename spells it `(?!_)\w`. */
const ALNUM = '[\\p{L}\\p{N}]'

/** Start-string prefix: text start, whitespace, an opener or a delimiter before. */
export const START_PREFIX = `(?:^|(?<=${WS}|[${OPENERS}${DELIMITERS}]))`
/** End-string suffix: text end, whitespace, an escape (NUL) or closing punctuation after. */
export const END_SUFFIX = `(?=$|${WS}|[\\0${CLOSING_DELIMITERS}${DELIMITERS}${CLOSERS}])`
/** docutils simplename: alphanumerics with isolated internal `-._+:`. */
export const SIMPLENAME = `${ALNUM}+(?:[-._+:]${ALNUM}+)*`

/**
 * The candidates docutils looks for first, leftmost wins, ties in this order: start-strings
 * (strong, emphasis, literal, inline target, substitution), whole constructs (`name_`,
 * `name__`, `[label]_`), then interpreted text or a phrase reference with an optional role.
 */
export const INITIAL = new RegExp(
  `${START_PREFIX}(?:` +
    `(?<start>\\*\\*|\\*(?!\\*)|\`\`|_\`|\\|(?!\\|))(?!${WS})` +
    `|(?<whole>(?<refname>${SIMPLENAME})(?<refend>__?)|\\[(?<label>[0-9]+|#(?:${SIMPLENAME})?|\\*|${SIMPLENAME})\\]_)${END_SUFFIX}` +
    `|(?<role>:${SIMPLENAME}:)?(?<backquote>\`(?!\`))(?!${WS})` +
    ')',
  'u',
)

/** End-strings, searched after the start-string; group 1 is the end-string itself. */
export const END = {
  emphasis: new RegExp(`(?<![\\0${WHITESPACE}])(\\*)${END_SUFFIX}`, 'u'),
  strong: new RegExp(`(?<![\\0${WHITESPACE}])(\\*\\*)${END_SUFFIX}`, 'u'),
  literal: new RegExp(`(?<!${WS})(\`\`)${END_SUFFIX}`, 'u'),
  target: new RegExp(`(?<![\\0${WHITESPACE}])(\`)${END_SUFFIX}`, 'u'),
  substitution: new RegExp(`(?<![\\0${WHITESPACE}])(\\|_{0,2})${END_SUFFIX}`, 'u'),
  // An escaped space may end interpreted text; an unescaped one may not.
  interpreted: new RegExp(
    `(?<!(?<!\\0)[\\0${WHITESPACE}])(\`(?<suffix>(?<role>:${SIMPLENAME}:)?(?<refend>__?)?))${END_SUFFIX}`,
    'u',
  ),
}

/** `text <uri>` at the end of a phrase reference: group 1 the whole, group 2 the URI or alias. */
export const EMBEDDED_LINK = new RegExp(`((?:[ \\n]+|^)<(?!${WS})((?:[^<>]|\\0[<>])+)(?<![\\0${WHITESPACE}])>)$`, 'u')

/** docutils `uric`, `uri_end`, `emailc` (RFC 2396 characters; NUL is an escape). */
const URIC = "[-_.!~*'()[\\];/:@&=+$,%a-zA-Z0-9\\0]"
const URI_END = `(?:[_~*/=+a-zA-Z0-9]|${URIC}(?=[>]))`
const EMAILC = "[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\\0]"
/** docutils `email_pattern`; NUL (an escape) counts as a character of the address. */
export const EMAIL = `${EMAILC}+(?:\\.${EMAILC}+)*(?<!\\0)@${EMAILC}+(?:\\.${EMAILC}*)*${URI_END}`
/** A standalone URI (group `scheme`) or email address (group `email`), docutils `patterns.uri`. */
export const STANDALONE_URI = new RegExp(
  `${START_PREFIX}(?<whole>(?<scheme>[a-zA-Z][a-zA-Z0-9.+-]*):(?:\\/\\/?)?${URIC}*${URI_END}(?:\\?${URIC}*${URI_END})?(?:#${URIC}*${URI_END})?|(?<email>${EMAIL}))${END_SUFFIX}`,
  'u',
)
/** PEP reader: "PEP 8" or "pep-0008.txt" in running text. */
export const PEP_REFERENCE = new RegExp(`${START_PREFIX}(?:pep-\\d+(?:.txt)?|PEP\\s+\\d+)${END_SUFFIX}`, 'u')
/** PEP reader: "RFC 2822" in running text. */
export const RFC_REFERENCE = new RegExp(`${START_PREFIX}RFC(?:-|\\s+)?\\d+${END_SUFFIX}`, 'u')
