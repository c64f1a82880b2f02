import { explicitEnd, knownIndentedEnd, nextNonBlank } from './extents.js'
import { firstKnownIndented } from './first-known-indented.js'
import { BULLET } from './patterns.js'
import { dedent, indentOf, type SourceLine } from './source-line.js'

/** The items of a list, each its body as docutils `list_item` dedents it, and the index after the last. */
export interface ListItemBodies {
  items: SourceLine[][]
  next: number
}

/**
 * Items while `markerWidth` finds a marker on the next unindented line: each is its first line
 * after the marker and the indented lines after it, less the marker's width, or when nothing
 * follows the marker, less their common indentation (docutils `list_item`).
 */
export function listItemBodies(lines: readonly SourceLine[], start: number, markerWidth: (at: number) => number | undefined): ListItemBodies {
  const items: SourceLine[][] = []
  let next = start
  let at = start
  for (;;) {
    const width = markerWidth(at)
    if (width === undefined) break
    // docutils `list_item`: text after the marker fixes the body's indentation at the marker's width.
    const known = lines[at]!.text.length > width
    const end = known ? knownIndentedEnd(lines, at, width) : explicitEnd(lines, at)
    items.push(known ? dedent(lines.slice(at, end), width) : firstKnownIndented(lines, at, end, width))
    next = end
    at = nextNonBlank(lines, end)
    if (at >= lines.length || indentOf(lines[at]!) > 0) break
  }
  return { items, next }
}

/** docutils `Body.bullet`: the marker width of an item with the same bullet as `lines[start]`. */
export function sameBullet(lines: readonly SourceLine[], start: number): (at: number) => number | undefined {
  const bullet = lines[start]!.text[0]
  return (at) => {
    const match = BULLET.exec(lines[at]!.text)
    return match && match[1] === bullet ? match[0].length : undefined
  }
}
