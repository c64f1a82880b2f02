import { tableWidthsText } from '../../schema/nodes/table.js'
import { hang, indent } from '../indent.js'
import type { Handler, State } from '../state.js'
import type { BlockNode, TableNode } from '../tree.js'

/**
 * PEP-RULES.md §3: tables as `.. list-table::`, `:header-rows: 1` when the first row is header
 * cells, `:stub-columns: 1` when every row starts with one, `:widths:` as imported. Rows are `* `
 * items, cells `- ` items under them; as in any list, cells holding more than one paragraph put
 * blank lines between rows and cells.
 */
export const table: Handler<TableNode> = (node, state) => {
  const loose = node.rows.some((row) => row.some((cell) => cell.length > 1 || (cell[0] !== undefined && cell[0].type !== 'paragraph')))
  const join = loose ? '\n\n' : '\n'
  const rows = node.rows.map((row) => hang('* ', row.map((cell) => tableCell(cell, state)).join(join)))
  const options = [
    node.headerRows > 0 ? `\n    :header-rows: ${node.headerRows}` : '',
    node.stubColumns > 0 ? `\n    :stub-columns: ${node.stubColumns}` : '',
    node.widths ? `\n    :widths: ${tableWidthsText(node.widths)}` : '',
  ].join('')
  return `.. list-table::${options}\n\n${indent(rows.join(join), 4)}`
}

function tableCell(cell: readonly BlockNode[], state: State): string {
  return hang('- ', state.blocks(cell, state.width - 8))
}
