import type { DocNode } from '../document/json.js'
import { displayWidth } from '../rst/display-width.js'
import type { TableWidths } from '../schema/nodes/table.js'
import { simpleTableEnd, untilBlank } from './extents.js'
import type { ImportContext } from './import-context.js'
import { keepAsRst } from './keep-as-rst.js'
import { type ConstructParser, parseBlocks } from './parse-blocks.js'
import { SIMPLE_TABLE_BORDER } from './patterns.js'
import { dedent, isBlank, minIndent, type SourceLine } from './source-line.js'

/** A table as rows of cells, each cell its source lines; `header` rows come first. */
export interface TableCells {
  rows: SourceLine[][][]
  header: number
  /** Leading columns of header cells in every row (list-table `:stub-columns:`). */
  stub?: number
  /** list-table `:widths:`, kept as the table's `widths` attribute. */
  widths?: TableWidths | null
}

/**
 * Grid and simple tables (docutils `GridTableParser`, `SimpleTableParser`). Export writes
 * `.. list-table::`, which docutils reads to the same table once column widths are set aside
 * (they are not rendered unless given with `:widths:`), so a table becomes our table when it has
 * no spanning cell, at most one header row and a body row; otherwise it is kept as source.
 */
export const gridTable: ConstructParser = (lines, start, ctx) => {
  const next = untilBlank(lines, start)
  return { nodes: [tableNode(readGrid(lines.slice(start, next)), lines.slice(start, next), 'Grid table', ctx)], next }
}

export const simpleTable: ConstructParser = (lines, start, ctx) => {
  const next = simpleTableEnd(lines, start, (text) => SIMPLE_TABLE_BORDER.test(text))
  return { nodes: [tableNode(readSimple(lines.slice(start, next)), lines.slice(start, next), 'Simple table', ctx)], next }
}

/**
 * Our table when export's `.. list-table::` gives docutils' table back: at most one header row,
 * then a body row, and no cell holding a section title; otherwise the source, kept.
 */
export function tableNode(cells: TableCells | undefined, source: SourceLine[], construct: string, ctx: ImportContext): DocNode {
  if (!cells || cells.header > 1 || cells.rows.length <= cells.header) return keepAsRst(source, construct, ctx)
  const restore = ctx.checkpoint()
  const rows = cells.rows.map((row, r) => ({
    type: 'tableRow',
    content: row.map((cell, c) => {
      const blocks = parseBlocks(dedent(cell, minIndent(cell)), ctx, false)
      const header = r < cells.header || c < (cells.stub ?? 0)
      return { type: header ? 'tableHeader' : 'tableCell', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] }
    }),
  }))
  // An empty cell holds one empty paragraph (the schema needs a block); export writes an empty entry.
  if (rows.some((row) => row.content.some((cell) => cell.content.some((block) => block.type === 'heading')))) {
    restore()
    return keepAsRst(source, construct, ctx)
  }
  return cells.widths ? { type: 'table', attrs: { widths: cells.widths }, content: rows } : { type: 'table', content: rows }
}

/** Every column position must be one column wide for our slicing to match docutils'. */
function narrow(lines: readonly SourceLine[]): boolean {
  return lines.every((l) => displayWidth(l.text) === l.text.length && !/[\uD800-\uDFFF]/.test(l.text))
}

function readGrid(lines: readonly SourceLine[]): TableCells | undefined {
  if (!narrow(lines)) return undefined
  const width = lines[0]!.text.length
  const bounds = [...lines[0]!.text].flatMap((char, i) => (char === '+' ? [i] : []))
  const rows: SourceLine[][][] = []
  let header = 0
  let current: SourceLine[][] | undefined
  for (const [i, line] of lines.entries()) {
    const text = line.text
    if (text.length !== width) return undefined
    if (text.startsWith('+')) {
      const fill = text[1]
      if ((fill !== '-' && fill !== '=') || !bounds.every((b) => text[b] === '+')) return undefined
      if ([...text].some((char, k) => !bounds.includes(k) && char !== fill)) return undefined
      if (fill === '=') {
        if (header > 0 || i === 0 || i === lines.length - 1) return undefined
        header = rows.length + (current ? 1 : 0)
      }
      if (current) rows.push(current)
      current = i === lines.length - 1 ? undefined : bounds.slice(1).map(() => [])
    } else {
      if (!current || !bounds.every((b) => text[b] === '|')) return undefined
      bounds.slice(1).forEach((end, c) => current![c]!.push({ text: text.slice(bounds[c]! + 1, end).trimEnd(), line: line.line }))
    }
  }
  if (current) return undefined
  return { rows, header }
}

function readSimple(lines: readonly SourceLine[]): TableCells | undefined {
  // A line of `-` under a row spans columns; blank lines make multi-paragraph cells.
  if (!narrow(lines) || lines.some((l) => isBlank(l) || /^[ -]*-[ -]*$/.test(l.text))) return undefined
  const top = lines[0]!.text
  const columns: [number, number][] = []
  for (const match of top.matchAll(/=+/g)) columns.push([match.index, match.index + match[0].length])
  const borders = lines.flatMap((l, i) => (SIMPLE_TABLE_BORDER.test(l.text) ? [i] : []))
  if (borders[0] !== 0 || borders[borders.length - 1] !== lines.length - 1 || borders.length > 3) return undefined
  // Every border must repeat the top one: anything else is a column span.
  if (borders.some((i) => lines[i]!.text.trimEnd() !== top.trimEnd())) return undefined
  const rows: SourceLine[][][] = []
  let header = 0
  for (let i = 1; i < lines.length - 1; i++) {
    if (borders.includes(i)) {
      header = rows.length
      continue
    }
    const text = lines[i]!.text
    // Text may run past the last column only; between columns there must be space.
    for (let c = 0; c < columns.length - 1; c++) {
      if (text.slice(columns[c]![1], columns[c + 1]![0]).trim() !== '') return undefined
    }
    const cells = columns.map(([from, to], c) => ({ text: text.slice(from, c === columns.length - 1 ? undefined : to).trimEnd(), line: lines[i]!.line }))
    // docutils: a line whose first column is blank continues the row above, within its section.
    if (cells[0]!.text.trim() === '' && rows.length > header && rows.length > 0) cells.forEach((cell, c) => rows[rows.length - 1]![c]!.push(cell))
    else rows.push(cells.map((cell) => [cell]))
  }
  return { rows, header }
}
