/**
 * An import's report as the server sends it: the Markdown import's items, or the RST import's
 * warnings (what was kept as raw reStructuredText), both `{code, message, line?}`.
 */
export interface ImportNotes {
  items: readonly ImportNote[]
}

export interface ImportNote {
  code: string
  message: string
  line?: number
}

/** The line under the report heading: nothing to review, or how much. */
export function importReportSummary(report: ImportNotes): string {
  const count = report.items.length
  if (count === 0) return 'Imported without changes'
  return `Imported with ${count} ${count === 1 ? 'note' : 'notes'} on what changed: review ${count === 1 ? 'it' : 'them'} in the draft.`
}

/** Where in the source an item is, as a reader looking at their file would say it. */
export function importReportPlace(item: ImportNote): string | undefined {
  return item.line === undefined ? undefined : `Line ${item.line}`
}
