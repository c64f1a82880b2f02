import type { DocNode } from '../document/json.js'

/** One position of a rectangular table: the cell that starts there, or `undefined` for filler. */
export interface GridTable {
  rows: (DocNode | undefined)[][]
  /** Whether the first row is entirely header cells. */
  headerRow: boolean
  /** Whether every row starts with a header cell (list-table's stub column). */
  headerColumn: boolean
  /** Whether some cell spanned several rows or columns. */
  spanned: boolean
}

/**
 * docutils `list-table` needs every row to have the same number of cells and cannot span; a
 * spanning cell keeps its content in its first position and leaves empty cells in the others.
 */
export function gridTable(table: DocNode): GridTable {
  const rows: (DocNode | undefined)[][] = []
  let spanned = false
  const sourceRows = (table.content ?? []).filter((row) => row.type === 'tableRow')
  sourceRows.forEach((row, r) => {
    const cells = (rows[r] ??= [])
    let column = 0
    for (const cell of row.content ?? []) {
      while (column in cells) column++
      const colspan = span(cell.attrs?.colspan)
      const rowspan = span(cell.attrs?.rowspan)
      if (colspan > 1 || rowspan > 1) spanned = true
      for (let dr = 0; dr < rowspan && r + dr < sourceRows.length; dr++) {
        const target = (rows[r + dr] ??= [])
        for (let dc = 0; dc < colspan; dc++) target[column + dc] = dr === 0 && dc === 0 ? cell : undefined
      }
      column += colspan
    }
  })
  const width = Math.max(0, ...rows.map((row) => row.length))
  const rectangular = rows.map((row) => Array.from({ length: width }, (_, i) => row[i]))
  const first = sourceRows[0]?.content ?? []
  const headerRow = first.length > 0 && first.every((cell) => cell.type === 'tableHeader')
  const headerColumn = rectangular.length > 0 && rectangular.every((row) => row[0]?.type === 'tableHeader')
  return { rows: rectangular, headerRow, headerColumn, spanned }
}

function span(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1
}
