import { DEFAULT_TEMPLATE_ID } from '@pepdraft/core'
import { useId, useState, type FormEvent } from 'react'
import { createDocument, type CreatedDocument } from '../../lib/api.js'
import { rememberDraft } from '../../lib/drafts.js'
import { editorPath } from '../../lib/tokens.js'
import { AppLink } from '../../ui/AppLink.js'
import { ShareLinks } from '../share/ShareLinks.js'
import { useTemplates } from './useTemplates.js'

type CreateState =
  | { step: 'form'; error?: string }
  | { step: 'creating' }
  | { step: 'created'; document: CreatedDocument }

/** Creates a draft from a template on the server (the server seeds it), then hands out its links. */
export function CreateDraft() {
  const templates = useTemplates()
  const [templateId, setTemplateId] = useState(DEFAULT_TEMPLATE_ID)
  const [state, setState] = useState<CreateState>({ step: 'form' })
  const selectId = useId()
  const selected = templates.find((template) => template.id === templateId)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setState({ step: 'creating' })
    const result = await createDocument(templateId)
    if (!result.ok) {
      setState({ step: 'form', error: result.error.message })
      return
    }
    const document = result.value
    rememberDraft(document.id, 'edit', document.tokens.edit, { urls: document.urls })
    setState({ step: 'created', document })
  }

  if (state.step === 'created') {
    const { document } = state
    return (
      <section className="start-card" aria-labelledby="created-heading">
        <h2 id="created-heading">Your draft is ready</h2>
        <p>Share these links. Anyone with a link gets its access, so choose who gets which.</p>
        <ShareLinks urls={document.urls} />
        <p className="start-card__actions">
          <AppLink className="button button--primary" href={editorPath(document.id, document.tokens.edit)}>
            Open the draft
          </AppLink>
          <button type="button" className="button" onClick={() => setState({ step: 'form' })}>
            Create another draft
          </button>
        </p>
      </section>
    )
  }

  return (
    <section className="start-card" aria-labelledby="create-heading">
      <h2 id="create-heading">Create a draft</h2>
      <form onSubmit={(event) => void submit(event)} className="create-form">
        <label htmlFor={selectId}>Template</label>
        <select id={selectId} value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
        {selected && <p className="create-form__help">{selected.description}</p>}
        {state.step === 'form' && state.error && (
          <p role="alert" className="form-error">
            Could not create the draft: {state.error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={state.step === 'creating'}>
          {state.step === 'creating' ? 'Creating…' : 'Create draft'}
        </button>
      </form>
    </section>
  )
}
