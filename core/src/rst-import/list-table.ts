import type { DocNode } from '../document/json.js'
import { readTableWidths } from '../schema/nodes/table.js'
import { nextNonBlank } from './extents.js'
import type { ImportContext } from './import-context.js'
import { keepAsRst } from './keep-as-rst.js'
import { listItemBodies, sameBullet } from './list-items.js'
import { BULLET } from './patterns.js'
import { dedent, isBlank, minIndent, type SourceLine } from './source-line.js'
import { type TableCells, tableNode } from './tables.js'

/**
 * The options export writes back, with the values our table holds: `:header-rows:` and
 * `:stub-columns:` 0 or 1 (header cells along the top or down the left), `:widths:` (kept as the
 * table's `widths`). A title, `:class:`, `:name:`, `:align:` and `:width:` have no place in our
 * table, so such tables are kept as source, as is anything docutils would reject.
 */
const OPTION = /^:(header-rows|stub-columns|widths):(?: +(.*))?$/

/**
 * docutils `ListTable`: `.. list-table::` with no title and only the options above, then one
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
  const end = isBlank(block[0]) ? 0 : block.findIndex((l) => isBlank(l))
  const options = end < 0 ? undefined : readOptions(block.slice(0, end).map((l) => l.text.trimEnd()))
  if (!options) return undefined
  const content = block.slice(nextNonBlank(block, end))
  const rows = bulletItems(content)?.map((row) => bulletItems(row))
  // docutils: "uniform two-level bullet list expected", every row as many cells as the first.
  if (!rows?.every((row): row is SourceLine[][] => row !== undefined && row.length === rows[0]?.length)) return undefined
  const columns = rows[0]?.length ?? 0
  // docutils: "widths do not match the number of columns"; a stub column needs a column after it.
  if (Array.isArray(options.widths) && options.widths.length !== columns) return undefined
  if (options.stub >= columns) return undefined
  return { rows, ...options }
}

type ListTableOptions = Required<Omit<TableCells, 'rows'>>

/** The options, or `undefined` for one our table cannot hold, a repeated one or a bad value. */
function readOptions(lines: readonly string[]): ListTableOptions | undefined {
  const found = new Map<string, string>()
  for (const line of lines) {
    const option = OPTION.exec(line)
    // docutils: "duplicate option".
    if (!option || found.has(option[1]!)) return undefined
    found.set(option[1]!, option[2] ?? '')
  }
  const zeroOrOne = (name: string) => {
    const value = found.get(name) ?? '0'
    return /^[01]$/.test(value) ? Number(value) : undefined
  }
  const header = zeroOrOne('header-rows')
  const stub = zeroOrOne('stub-columns')
  const text = found.get('widths')
  const widths = text === undefined ? null : readTableWidths(text)
  if (header === undefined || stub === undefined || widths === undefined) return undefined
  return { header, stub, widths }
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
