import type { DocNode } from '../document/json.js'
import { nextNonBlank } from './extents.js'
import type { ImportContext } from './import-context.js'
import { keepAsRst } from './keep-as-rst.js'
import { listItemBodies, sameBullet } from './list-items.js'
import { BULLET } from './patterns.js'
import { dedent, isBlank, minIndent, type SourceLine } from './source-line.js'
import { type TableCells, tableNode } from './tables.js'

/**
 * The one option export writes (`:header-rows: 1`) and its default (`0`). `:widths:` adds the
 * `colwidths-given` class and widths, `:stub-columns:`, `:class:`, `:name:`, `:align:` and
 * `:width:` attributes our table has no place for, so those tables are kept as source.
 */
const HEADER_ROWS = /^:header-rows: +([01])$/

/**
 * docutils `ListTable`: `.. list-table::` with no title, at most `:header-rows: 0|1`, then one
 * bullet list whose every item is a bullet list of cells, as many in each row. Such a table is
 * what export writes back, so it becomes our table (`tableNode`); anything else is kept.
 */
export function listTable(lines: readonly SourceLine[], start: number, end: number, width: number, ctx: ImportContext): DocNode {
  const source = lines.slice(start, end)
  const cells = lines[start]!.text.slice(width).trim() === '' ? readListTable(lines.slice(start + 1, end)) : undefined
  return cells ? tableNode(cells, source, 'list-table directive', ctx) : keepAsRst(source, 'list-table directive with a title, options or an unusual list', ctx)
}

/**
 * docutils `parse_directive_block`: the lines after `.. list-table::` up to a blank line are
 * arguments (a title) and options; the content follows the blank line.
 */
function readListTable(after: readonly SourceLine[]): TableCells | undefined {
  const block = dedent(after, minIndent(after))
  let header = 0
  let from = 0
  if (!isBlank(block[0])) {
    const options = block.findIndex((l) => isBlank(l))
    const option = options === 1 ? HEADER_ROWS.exec(block[0]!.text) : null
    if (!option) return undefined
    header = Number(option[1])
    from = options
  }
  const content = block.slice(nextNonBlank(block, from))
  const rows = bulletItems(content)?.map((row) => bulletItems(row))
  // docutils: "uniform two-level bullet list expected", every row as many cells as the first.
  if (!rows?.every((row): row is SourceLine[][] => row !== undefined && row.length === rows[0]?.length)) return undefined
  return { rows, header }
}

/**
 * The items' bodies when `lines` are exactly one bullet list (docutils `check_list_content`:
 * "exactly one bullet list expected"), else `undefined`.
 */
function bulletItems(lines: readonly SourceLine[]): SourceLine[][] | undefined {
  if (lines.length === 0 || !BULLET.test(lines[0]!.text)) return undefined
  const { items, next } = listItemBodies(lines, 0, sameBullet(lines, 0))
  return next === lines.length ? items : undefined
}
