import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'

/** Exported as `.. list-table::`; column widths are not part of a PEP, so no resizing. */
export const TableNode = Table.configure({ resizable: false })
export const TableRowNode = TableRow
export const TableHeaderNode = TableHeader
export const TableCellNode = TableCell
