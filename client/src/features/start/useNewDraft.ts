import type { ImportReport } from '@pepdraft/core'
import { useState } from 'react'
import { type ApiResult, type CreatedDocument, createDocument, importDocument } from '../../lib/api.js'
import { rememberDraft } from '../../lib/drafts.js'

/** A draft starts from the template alone, or from a Markdown draft laid out in it. */
export type NewDraftSource = 'template' | 'markdown'

export type NewDraftState =
  | { step: 'form'; error?: { source: NewDraftSource; message: string } }
  | { step: 'sending'; source: NewDraftSource }
  | { step: 'ready'; document: CreatedDocument; report?: ImportReport }

export interface NewDraft {
  state: NewDraftState
  create(templateId: string): Promise<void>
  importMarkdown(markdown: string, templateId: string): Promise<void>
  /** Back to the form, for another draft. */
  reset(): void
}

/** Asks the server for a new draft (it seeds it, from the template or the Markdown) and keeps its edit link. */
export function useNewDraft(): NewDraft {
  const [state, setState] = useState<NewDraftState>({ step: 'form' })

  const send = async (
    source: NewDraftSource,
    request: () => Promise<ApiResult<CreatedDocument & { report?: ImportReport }>>,
  ): Promise<void> => {
    setState({ step: 'sending', source })
    const result = await request()
    if (!result.ok) {
      setState({ step: 'form', error: { source, message: result.error.message } })
      return
    }
    const { report, ...document } = result.value
    rememberDraft(document.id, 'edit', document.tokens.edit, { urls: document.urls })
    setState(source === 'markdown' ? { step: 'ready', document, report: report ?? { items: [] } } : { step: 'ready', document })
  }

  return {
    state,
    create: (templateId) => send('template', () => createDocument(templateId)),
    importMarkdown: (markdown, templateId) => send('markdown', () => importDocument(markdown, templateId)),
    reset: () => setState({ step: 'form' }),
  }
}
