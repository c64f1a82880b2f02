import type { Table, TableCell, TableRow } from 'mdast'
import type { DocNode } from '../../document/json.js'
import type { Handler } from '../context.js'
import { paragraph } from '../inline.js'

/** An empty cell: the schema wants a block in every cell. */
function emptyCell(header: boolean): DocNode {
  return { type: header ? 'tableHeader' : 'tableCell', content: [{ type: 'paragraph' }] }
}

/**
 * GFM tables: the first row is the header row (exported as list-table's `:header-rows: 1`); a
 * column's alignment is kept on its cells. GFM lets body rows have fewer or more cells than the
 * header; every row is padded to the widest one so that no cell is lost and the grid is regular.
 */
export const table: Handler<Table> = (node, ctx) => {
  const rows = node.children.map((row, r) => ctx.blocks([row], { ...ctx, headerRow: r === 0, topLevel: false })[0])
  const width = Math.max(0, ...rows.map((row) => row?.content?.length ?? 0))
  const content = rows.map((row, r): DocNode => {
    const cells = (row?.content ?? []).map((cell, c) => {
      const align = node.align?.[c]
      return align ? { ...cell, attrs: { align } } : cell
    })
    while (cells.length < width) cells.push(emptyCell(r === 0))
    return { type: 'tableRow', content: cells }
  })
  return [{ type: 'table', content }]
}

export const tableRow: Handler<TableRow> = (node, ctx) => [
  { type: 'tableRow', content: node.children.flatMap((cell) => ctx.blocks([cell], ctx)) },
]

/** A GFM cell holds inline content only; the schema's cell holds blocks, so it becomes one paragraph. */
export const tableCell: Handler<TableCell> = (node, ctx) => [
  { type: ctx.headerRow ? 'tableHeader' : 'tableCell', content: [paragraph(ctx.inlines(node.children, ctx))] },
]
