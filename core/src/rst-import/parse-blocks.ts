import type { DocNode } from '../document/json.js'
import { adornmentLine } from './adornment-line.js'
import { blockQuote } from './block-quote.js'
import { explicitMarkup } from './explicit-markup.js'
import { explicitEnd, itemsEnd, untilBlank } from './extents.js'
import type { ImportContext } from './import-context.js'
import { keepAsRst } from './keep-as-rst.js'
import { bulletList, enumeratedList } from './lists.js'
import {
  ADORNMENT,
  ANONYMOUS_TARGET,
  BULLET,
  DOCTEST,
  ENUMERATOR,
  EXPLICIT_MARKUP,
  FIELD_MARKER,
  GRID_TABLE_TOP,
  LINE_BLOCK,
  OPTION_MARKER,
  SIMPLE_TABLE_TOP,
} from './patterns.js'
import { indentOf, isBlank, type SourceLine } from './source-line.js'
import { gridTable, simpleTable } from './tables.js'
import { textElement } from './text-element.js'

/** What one construct parser made, and the index of the first line after it. */
export interface Parsed {
  nodes: DocNode[]
  next: number
}

/** Parses the construct starting at `lines[start]` (an unindented, non-blank line), or declines. */
export type ConstructParser = (lines: readonly SourceLine[], start: number, ctx: ImportContext, topLevel: boolean) => Parsed | undefined

/** An element kept as source, ending where `end` says docutils ends it. */
function opaque(construct: string, end: (lines: readonly SourceLine[], start: number) => number): ConstructParser {
  return (lines, start, ctx) => {
    const next = end(lines, start)
    return { nodes: [keepAsRst(lines.slice(start, next), construct, ctx)], next }
  }
}

/** Another item of a list-like construct: an unindented line starting with its marker. */
function itemsOf(construct: string, marker: RegExp): ConstructParser {
  return opaque(construct, (lines, start) => itemsEnd(lines, start, (at) => indentOf(lines[at]!) === 0 && marker.test(lines[at]!.text)))
}

/**
 * docutils `Body.option_list_item`: an option without a description (nothing after it on the
 * line, nothing indented below) is not an option list item but text, e.g. a title `-X Options`.
 */
const optionList: ConstructParser = (lines, start, ctx, topLevel) => {
  const match = OPTION_MARKER.exec(lines[start]!.text)!
  const described = lines[start]!.text.length > match[0].length || explicitEnd(lines, start) > start + 1
  return described ? itemsOf('Option list', OPTION_MARKER)(lines, start, ctx, topLevel) : undefined
}

/** docutils `Body.initial_transitions`, in order; `text` (a paragraph) is the fallback. */
const CONSTRUCTS: readonly [RegExp, ConstructParser][] = [
  [BULLET, bulletList],
  [ENUMERATOR, enumeratedList],
  [FIELD_MARKER, itemsOf('Field list', FIELD_MARKER)],
  [OPTION_MARKER, optionList],
  [DOCTEST, opaque('Doctest block', untilBlank)],
  [LINE_BLOCK, opaque('Line block', untilBlank)],
  [GRID_TABLE_TOP, gridTable],
  [SIMPLE_TABLE_TOP, simpleTable],
  [EXPLICIT_MARKUP, explicitMarkup],
  [ANONYMOUS_TARGET, opaque('Anonymous hyperlink target', explicitEnd)],
  [ADORNMENT, adornmentLine],
]

/**
 * The body elements of a container whose lines are dedented so that its own text starts in
 * column 0. `topLevel` is true only for the document body, where section titles may appear.
 */
export function parseBlocks(lines: readonly SourceLine[], ctx: ImportContext, topLevel: boolean): DocNode[] {
  const out: DocNode[] = []
  let i = 0
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      i++
      continue
    }
    const parsed = parseOne(lines, i, ctx, topLevel)
    out.push(...parsed.nodes)
    i = Math.max(parsed.next, i + 1)
  }
  return out
}

function parseOne(lines: readonly SourceLine[], start: number, ctx: ImportContext, topLevel: boolean): Parsed {
  if (indentOf(lines[start]!) > 0) return blockQuote(lines, start, ctx)
  const text = lines[start]!.text
  for (const [pattern, parse] of CONSTRUCTS) {
    if (!pattern.test(text)) continue
    const parsed = parse(lines, start, ctx, topLevel)
    if (parsed) return parsed
  }
  return textElement(lines, start, ctx, topLevel)
}
