export { fromMarkdown, type FromMarkdownOptions, type MarkdownImport } from './from-markdown.js'
export { IMPORT_REPORT_CODES, type ImportReport, type ImportReportCode, type ImportReportItem } from './report.js'
