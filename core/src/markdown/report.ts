/**
 * What the import could not represent exactly. Nothing disappears silently: every construct that
 * changed shape, moved, or was left out is one item, with a stable code.
 */
export const IMPORT_REPORT_CODES = [
  // Preamble (PEP-RULES.md §1)
  'title-from-heading',
  'title-conflict',
  'header-unknown',
  'header-renamed',
  'header-duplicate',
  'header-invalid',
  'header-normalized',
  'front-matter-invalid',
  'type-differs-from-template',
  // Sections (PEP-RULES.md §2, PEP 12)
  'heading-too-deep',
  'heading-nested',
  'section-title-cleaned',
  'section-reordered',
  'section-body-from-template',
  'preface-to-abstract',
  'footnotes-moved',
  // Constructs PEP reStructuredText has no form for (DESIGN.md: the schema admits only those)
  'thematic-break',
  'html',
  'image',
  'strikethrough',
  'hard-break',
  'task-list-item',
  'code-meta',
  'mark-excluded',
  'definition-unused',
  'reference-unresolved',
  'footnote-flattened',
  // Hostile input
  'nesting-too-deep',
  'markdown-too-deep',
] as const

export type ImportReportCode = (typeof IMPORT_REPORT_CODES)[number]

export interface ImportReportItem {
  code: ImportReportCode
  message: string
  /** 1-based line in the Markdown source, when the item belongs to one place. */
  line?: number
  /** Source text that is in neither the document nor the preamble. */
  dropped?: string
}

export interface ImportReport {
  items: ImportReportItem[]
}

export interface ReportSink {
  readonly items: ImportReportItem[]
  add(code: ImportReportCode, message: string, line?: number, dropped?: string): void
}

export function createReportSink(): ReportSink {
  const items: ImportReportItem[] = []
  return {
    items,
    add(code, message, line, dropped) {
      const item: ImportReportItem = { code, message }
      if (line !== undefined) item.line = line
      if (dropped !== undefined && dropped !== '') item.dropped = dropped
      items.push(item)
    },
  }
}

/** Items sorted by line (items without one keep their place relative to each other, first). */
export function sortedItems(items: readonly ImportReportItem[]): ImportReportItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.line ?? 0) - (b.item.line ?? 0) || a.index - b.index)
    .map(({ item }) => item)
}
