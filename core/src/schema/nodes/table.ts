import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'

/**
 * A list-table's `:widths:`: relative column widths (docutils sets the `colwidths-given` class and
 * renders them as percentages), or `auto` (the `colwidths-auto` class: the browser sizes the
 * columns). Kept from an imported PEP so export writes it back; the attribute is `null` when
 * none was given.
 */
export type TableWidths = number[] | 'auto'

/**
 * docutils `value_or(('auto',), positive_int_list)`: `auto`, or positive integers separated by
 * commas, else by whitespace; `undefined` where docutils would reject the option. Stricter than
 * Python's `int()`, which also takes signs, underscores and other scripts' digits.
 */
export function readTableWidths(text: string): TableWidths | undefined {
  if (text === 'auto') return 'auto'
  const entries = text.includes(',') ? text.split(',').map((entry) => entry.trim()) : text.trim().split(/\s+/)
  const widths = entries.map((entry) => (/^\d+$/.test(entry) ? Number(entry) : 0))
  return widths.every((width) => width >= 1 && Number.isSafeInteger(width)) ? widths : undefined
}

/** The attribute as export and the DOM write it, e.g. `25 75`. */
export function tableWidthsText(widths: TableWidths): string {
  return widths === 'auto' ? 'auto' : widths.join(' ')
}

/**
 * The `widths` attribute of a table in document JSON: `null` when absent, `undefined` when it
 * holds something no importer writes (the document came from elsewhere).
 */
export function tableWidthsOf(value: unknown): TableWidths | null | undefined {
  if (value === null || value === undefined) return null
  if (value === 'auto') return 'auto'
  const valid = Array.isArray(value) && value.length > 0 && value.every((width) => Number.isSafeInteger(width) && width >= 1)
  return valid ? (value as number[]) : undefined
}

/**
 * Exported as `.. list-table::`. Authors do not resize columns (Tiptap's pixel `colwidth` stays
 * unused); an imported table's `:widths:` rides along as `widths`, shown to no one and not
 * validated by the schema: y-tiptap deletes a node that fails to build, so a bad value is
 * dropped with a warning at export instead.
 */
export const TableNode = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      widths: {
        default: null,
        parseHTML: (element: HTMLElement) => readTableWidths(element.getAttribute('data-widths') ?? '') ?? null,
        renderHTML: (attrs: { widths?: unknown }) => {
          const widths = tableWidthsOf(attrs.widths)
          return widths ? { 'data-widths': tableWidthsText(widths) } : {}
        },
      },
    }
  },
}).configure({ resizable: false })
export const TableRowNode = TableRow
export const TableHeaderNode = TableHeader
export const TableCellNode = TableCell
