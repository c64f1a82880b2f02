import { type DocNode, formatPepDate, fromMarkdown, importRst, type Preamble, type Template } from '@pepdraft/core'
import { UsageError } from '../io.js'

/** What `convert` reads: a Markdown draft, or a PEP's reStructuredText. */
export const SOURCE_FORMATS = ['markdown', 'rst'] as const
export type SourceFormat = (typeof SOURCE_FORMATS)[number]

/** One line of what the import changed or kept as raw RST. */
export interface SourceNote {
  code: string
  message: string
  line?: number
}

export interface ImportedSource {
  doc: DocNode
  preamble: Preamble
  notes: SourceNote[]
}

/** `--from` when given, else the extension: `.rst` is a PEP's source, anything else a Markdown draft. */
export function sourceFormat(from: unknown, file: string): SourceFormat {
  if (from === undefined) return file.toLowerCase().endsWith('.rst') ? 'rst' : 'markdown'
  if (SOURCE_FORMATS.includes(from as SourceFormat)) return from as SourceFormat
  throw new UsageError(`unknown input format “${String(from)}”: choose one of ${SOURCE_FORMATS.join(', ')}`)
}

/**
 * The document the app would hold after importing `text`, through the same code paths: a Markdown
 * draft is laid out in `template` with Created defaulting to today, as the server seeds it; a PEP's
 * `.rst` keeps its own preamble exactly, as the server's RST import does.
 */
export function importSource(format: SourceFormat, text: string, template: Template): ImportedSource {
  if (format === 'rst') {
    const { doc, preamble, warnings } = importRst(text)
    return { doc, preamble, notes: warnings }
  }
  const imported = fromMarkdown(text, { template })
  const preamble = { ...imported.preamble, Created: imported.preamble.Created ?? formatPepDate(new Date()) }
  return { doc: imported.doc, preamble, notes: imported.report.items }
}
