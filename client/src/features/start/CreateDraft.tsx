import { DEFAULT_TEMPLATE_ID } from '@pepdraft/core'
import { useState, type FormEvent } from 'react'
import { DraftReady } from './DraftReady.js'
import { ImportMarkdown } from './ImportMarkdown.js'
import { ImportRst } from './ImportRst.js'
import { TemplateSelect } from './TemplateSelect.js'
import { type NewDraftSource, useNewDraft } from './useNewDraft.js'
import { useTemplates } from './useTemplates.js'
import { FormError } from '../../ui/FormError.js'

/**
 * Creates a draft on the server (which seeds it) from the chosen template, empty or filled from
 * a Markdown draft, or opens a PEP's `.rst` as a draft, then hands out its links.
 */
export function CreateDraft() {
  const templates = useTemplates()
  const [templateId, setTemplateId] = useState(DEFAULT_TEMPLATE_ID)
  const { state, create, importMarkdown, importRst, reset } = useNewDraft()

  if (state.step === 'ready') return <DraftReady document={state.document} report={state.report} onAnother={reset} />

  const busy = state.step === 'sending'
  const errorFrom = (source: NewDraftSource) =>
    state.step === 'form' && state.error?.source === source ? state.error.message : undefined
  const createError = errorFrom('template')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void create(templateId)
  }

  return (
    <section className="start-card" aria-labelledby="create-heading">
      <h2 id="create-heading">Create a draft</h2>
      <TemplateSelect templates={templates} value={templateId} onChange={setTemplateId} />
      <form onSubmit={submit} className="create-form">
        <FormError>{createError && `Could not create the draft: ${createError}`}</FormError>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy && state.source === 'template' ? 'Creating…' : 'Create draft'}
        </button>
      </form>
      <ImportMarkdown
        busy={busy}
        importing={busy && state.source === 'markdown'}
        error={errorFrom('markdown')}
        onImport={(markdown) => void importMarkdown(markdown, templateId)}
      />
      <ImportRst
        busy={busy}
        importing={busy && state.source === 'rst'}
        error={errorFrom('rst')}
        onImport={(rst) => void importRst(rst)}
      />
    </section>
  )
}
