import type { DocNode } from '../document/json.js'
import { type TableWidths, tableWidthsOf, tableWidthsText } from '../schema/nodes/table.js'
import type { WarningSink } from './warnings.js'

/**
 * The `:widths:` to write for a table of `columns` columns: its `widths` attribute (an imported
 * list-table's), unless a column was added or removed since. docutils rejects a table whose
 * widths do not match its columns, and which column lost or gained a width is not known, so
 * then none is written.
 */
export function tableWidths(table: DocNode, columns: number, sink: WarningSink, path: string): TableWidths | undefined {
  const widths = tableWidthsOf(table.attrs?.widths)
  if (widths === null) return undefined
  if (widths === 'auto' || widths?.length === columns) return widths
  const why = widths
    ? `were given for ${widths.length} columns (${tableWidthsText(widths)}) and it has ${columns}`
    : `(${JSON.stringify(table.attrs?.widths)}) are not positive whole numbers`
  sink.warn('table-widths-dropped', `The table's column widths ${why}; no widths were written.`, path)
  return undefined
}
