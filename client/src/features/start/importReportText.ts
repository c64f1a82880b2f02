import type { ImportReport, ImportReportItem } from '@pepdraft/core'

/** The line under the report heading: nothing to review, or how much. */
export function importReportSummary(report: ImportReport): string {
  const count = report.items.length
  if (count === 0) return 'Imported without changes'
  return `Imported with ${count} ${count === 1 ? 'note' : 'notes'} on what changed: review ${count === 1 ? 'it' : 'them'} in the draft.`
}

/** Where in the Markdown an item is, as a reader looking at their source would say it. */
export function importReportPlace(item: ImportReportItem): string | undefined {
  return item.line === undefined ? undefined : `Line ${item.line}`
}
