import { indentOf, isBlank, type SourceLine } from './source-line.js'

/**
 * Where docutils' constructs end, as indices into a container's lines (already dedented, so the
 * container's own text starts in column 0). Each function returns the index after the last line
 * that belongs to the construct starting at `start`, with trailing blank lines excluded.
 */

/** `StringList.get_indented`: the lines after `start` that are indented or blank. */
export function indentedEnd(lines: readonly SourceLine[], start: number): number {
  let end = start
  while (end < lines.length && (isBlank(lines[end]) || indentOf(lines[end]!) > 0)) end++
  return withoutTrailingBlanks(lines, start, end)
}

/** A first line and the indented block after it: explicit markup, list items, directives. */
export function explicitEnd(lines: readonly SourceLine[], start: number): number {
  return Math.max(start + 1, indentedEnd(lines, start + 1))
}

/** `get_known_indented`: a first line and the lines after it indented at least `columns`. */
export function knownIndentedEnd(lines: readonly SourceLine[], start: number, columns: number): number {
  let end = start + 1
  while (end < lines.length && (isBlank(lines[end]) || indentOf(lines[end]!) >= columns)) end++
  return withoutTrailingBlanks(lines, start, end)
}

/** `get_text_block`: lines up to the first blank line (doctest blocks, line blocks, grid tables). */
export function untilBlank(lines: readonly SourceLine[], start: number): number {
  let end = start
  while (end < lines.length && !isBlank(lines[end])) end++
  return end
}

/** The first non-blank line at or after `from`, or `lines.length`. */
export function nextNonBlank(lines: readonly SourceLine[], from: number): number {
  let i = from
  while (i < lines.length && isBlank(lines[i])) i++
  return i
}

/**
 * A series of items, each a first line and its indented block, while the next unindented line
 * starts another item (field lists, option lists, definition lists, lists kept as source).
 */
export function itemsEnd(lines: readonly SourceLine[], start: number, isItem: (at: number) => boolean): number {
  let end = explicitEnd(lines, start)
  for (;;) {
    const next = nextNonBlank(lines, end)
    if (next >= lines.length || !isItem(next)) return end
    end = explicitEnd(lines, next)
  }
}

/**
 * docutils `isolate_simple_table`: borders are lines of `=` and spaces; the table ends at a
 * border followed by a blank line or the end, or at the third border.
 */
export function simpleTableEnd(lines: readonly SourceLine[], start: number, isBorder: (text: string) => boolean): number {
  let borders = 1
  for (let i = start + 1; i < lines.length; i++) {
    if (!isBorder(lines[i]!.text)) continue
    borders++
    if (borders === 3 || isBlank(lines[i + 1])) return i + 1
  }
  return untilBlank(lines, start)
}

function withoutTrailingBlanks(lines: readonly SourceLine[], start: number, end: number): number {
  while (end > start && isBlank(lines[end - 1])) end--
  return end
}
