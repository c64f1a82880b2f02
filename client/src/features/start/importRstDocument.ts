import { type ApiResult, type CreatedDocument, request } from '../../lib/api.js'
import type { ImportNotes } from './importReportText.js'

/** A draft opened from a PEP's `.rst`: the links, the template its Type named, and what was kept as raw RST. */
export interface RstImportedDocument extends CreatedDocument {
  template: string
  report: ImportNotes
}

/**
 * Creates a draft from a PEP's reStructuredText; the server parses it and picks the template from
 * its Type header (413 `rst_too_large` past its limit, 422 `rst_timeout` when parsing takes too long).
 */
export function importRstDocument(rst: string): Promise<ApiResult<RstImportedDocument>> {
  return request('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rst }),
  })
}
