import type { DocNode } from '../document/json.js'
import type { ImportContext } from './import-context.js'
import { keepAsRst } from './keep-as-rst.js'
import { type ConstructParser, type Parsed, parseBlocks } from './parse-blocks.js'
import { enumerator, isEnumeratedListItem } from './enumerator.js'
import { listItemBodies, sameBullet } from './list-items.js'
import { isBlank, type SourceLine } from './source-line.js'

/** docutils `Body.bullet`: items with the same bullet character, one after another. */
export const bulletList: ConstructParser = (lines, start, ctx) => list(lines, start, ctx, sameBullet(lines, start), { type: 'bulletList' }, 'Bullet list')

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
 * A list from its items (`listItemBodies`). The list is kept as source when our list cannot say
 * it: an item that is empty or does not start with a paragraph, a list ended without a blank
 * line, or a numbering export cannot write.
 */
function list(
  lines: readonly SourceLine[],
  start: number,
  ctx: ImportContext,
  markerWidth: (at: number) => number | undefined,
  shape: Omit<DocNode, 'content'> | undefined,
  construct: string,
): Parsed {
  const { items, next } = listItemBodies(lines, start, markerWidth)
  const source = lines.slice(start, next)
  const endsWithoutBlank = next < lines.length && !isBlank(lines[next])
  if (!shape || endsWithoutBlank) return { nodes: [keepAsRst(source, construct, ctx)], next }
  // A list that falls back after parsing its items must leave no warnings or footnotes behind.
  const restore = ctx.checkpoint()
  const content: DocNode[] = []
  for (const body of items) {
    const blocks = parseBlocks(body, ctx, false)
    if (blocks[0]?.type !== 'paragraph') {
      restore()
      return { nodes: [keepAsRst(source, `${construct} with an item not starting with a paragraph`, ctx)], next }
    }
    content.push({ type: 'listItem', content: blocks })
  }
  return { nodes: [{ ...shape, content }], next }
}
