import { useState } from 'react'
import { type ApiResult, type CreatedDocument, createDocument, importDocument } from '../../lib/api.js'
import { rememberDraft } from '../../lib/drafts.js'
import { importRstDocument } from './importRstDocument.js'
import type { ImportNotes } from './importReportText.js'

/** A draft starts from the template alone, from a Markdown draft laid out in it, or from a PEP's `.rst`. */
export type NewDraftSource = 'template' | 'markdown' | 'rst'

export type NewDraftState =
  | { step: 'form'; error?: { source: NewDraftSource; message: string } }
  | { step: 'sending'; source: NewDraftSource }
  | { step: 'ready'; document: CreatedDocument; report?: ImportNotes }

export interface NewDraft {
  state: NewDraftState
  create(templateId: string): Promise<void>
  importMarkdown(markdown: string, templateId: string): Promise<void>
  /** The template follows the file's Type header (the server decides). */
  importRst(rst: string): Promise<void>
  /** Back to the form, for another draft. */
  reset(): void
}

/** Asks the server for a new draft (it seeds it, from the template, the Markdown or the RST) and keeps its edit link. */
export function useNewDraft(): NewDraft {
  const [state, setState] = useState<NewDraftState>({ step: 'form' })

  const send = async (
    source: NewDraftSource,
    request: () => Promise<ApiResult<CreatedDocument & { report?: ImportNotes }>>,
  ): Promise<void> => {
    setState({ step: 'sending', source })
    const result = await request()
    if (!result.ok) {
      setState({ step: 'form', error: { source, message: result.error.message } })
      return
    }
    const { report, ...document } = result.value
    rememberDraft(document.id, 'edit', document.tokens.edit, { urls: document.urls })
    setState(source === 'template' ? { step: 'ready', document } : { step: 'ready', document, report: report ?? { items: [] } })
  }

  return {
    state,
    create: (templateId) => send('template', () => createDocument(templateId)),
    importMarkdown: (markdown, templateId) => send('markdown', () => importDocument(markdown, templateId)),
    importRst: (rst) => send('rst', () => importRstDocument(rst)),
    reset: () => setState({ step: 'form' }),
  }
}
