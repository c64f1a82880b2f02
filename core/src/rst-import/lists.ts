import type { DocNode } from '../document/json.js'
import { explicitEnd, knownIndentedEnd, nextNonBlank } from './extents.js'
import type { ImportContext } from './import-context.js'
import { keepAsRst } from './keep-as-rst.js'
import { type ConstructParser, type Parsed, parseBlocks } from './parse-blocks.js'
import { BULLET } from './patterns.js'
import { enumerator, isEnumeratedListItem } from './enumerator.js'
import { firstKnownIndented } from './first-known-indented.js'
import { dedent, indentOf, isBlank, type SourceLine } from './source-line.js'

/** docutils `Body.bullet`: items with the same bullet character, one after another. */
export const bulletList: ConstructParser = (lines, start, ctx) => {
  const bullet = lines[start]!.text[0]
  return list(lines, start, ctx, (at) => {
    const match = BULLET.exec(lines[at]!.text)
    return match && match[1] === bullet ? match[0].length : undefined
  }, { type: 'bulletList' }, 'Bullet list')
}

/**
 * docutils `Body.enumerator`: items numbered in sequence with the same format. Export writes
 * `1.` arabic numbering, so only those lists (and `#.` ones, which docutils reads the same)
 * become ordered lists; `a)`, `(i)` and the like are kept as source.
 */
export const enumeratedList: ConstructParser = (lines, start, ctx) => {
  const first = enumerator(lines[start]!.text)
  if (!first || !isEnumeratedListItem(lines, start, first)) return undefined
  // docutils `EnumeratedList.enumerator`: `#` continues any list of the same format, and once
  // a `#` item is seen only `#` items do; other items must follow in sequence.
  const sequence = first.sequence === '#' ? 'arabic' : first.sequence
  let previous = first
  let auto = first.sequence === '#'
  const itemAt = (at: number): number | undefined => {
    if (at === start) return first.width
    const next = enumerator(lines[at]!.text, sequence)
    if (!next || next.format !== first.format) return undefined
    if (next.sequence !== '#' && (next.sequence !== sequence || auto || next.ordinal !== previous.ordinal + 1)) return undefined
    if (!isEnumeratedListItem(lines, at, next)) return undefined
    auto ||= next.sequence === '#'
    previous = next
    return next.width
  }
  const mappable = first.format === 'period' && (first.sequence === 'arabic' || first.sequence === '#')
  const attrs = first.ordinal !== 1 ? { start: first.ordinal } : undefined
  return list(lines, start, ctx, itemAt, mappable ? { type: 'orderedList', attrs } : undefined, 'Enumerated list')
}

/**
 * The items of a list: each is its first line after the marker and the indented lines after
 * it, less the marker's width, or when nothing follows the marker, less their common
 * indentation (docutils `list_item`). The list is kept as
 * source when our list cannot say it: an item that is empty or does not start with a paragraph,
 * a list ended without a blank line, or a numbering export cannot write.
 */
function list(
  lines: readonly SourceLine[],
  start: number,
  ctx: ImportContext,
  markerWidth: (at: number) => number | undefined,
  shape: Omit<DocNode, 'content'> | undefined,
  construct: string,
): Parsed {
  const items: { at: number; end: number; width: number; known: boolean }[] = []
  let at = start
  for (;;) {
    const width = markerWidth(at)
    if (width === undefined) break
    // docutils `list_item`: text after the marker fixes the body's indentation at the marker's width.
    const known = lines[at]!.text.length > width
    const end = known ? knownIndentedEnd(lines, at, width) : explicitEnd(lines, at)
    items.push({ at, end, width, known })
    at = nextNonBlank(lines, end)
    if (at >= lines.length || indentOf(lines[at]!) > 0) break
  }
  const next = items[items.length - 1]!.end
  const source = lines.slice(start, next)
  const endsWithoutBlank = next < lines.length && !isBlank(lines[next])
  if (!shape || endsWithoutBlank) return { nodes: [keepAsRst(source, construct, ctx)], next }
  // A list that falls back after parsing its items must leave no warnings or footnotes behind.
  const restore = ctx.checkpoint()
  const content: DocNode[] = []
  for (const item of items) {
    const body = item.known
      ? dedent(lines.slice(item.at, item.end), item.width)
      : firstKnownIndented(lines, item.at, item.end, item.width)
    const blocks = parseBlocks(body, ctx, false)
    if (blocks[0]?.type !== 'paragraph') {
      restore()
      return { nodes: [keepAsRst(source, `${construct} with an item not starting with a paragraph`, ctx)], next }
    }
    content.push({ type: 'listItem', content: blocks })
  }
  return { nodes: [{ ...shape, content }], next }
}

