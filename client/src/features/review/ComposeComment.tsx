import { type CSSProperties, type FormEvent, type KeyboardEvent, useState } from 'react'
import type { SelectionAnchor } from './selectionAnchor.js'
import { usePendingAction } from './usePendingAction.js'
import { FormError } from '../../ui/FormError.js'

export interface CommentDraft {
  body: string
  /** Replacement text for the selection, when the commenter proposes one. */
  suggestion?: string
}

interface ComposeCommentProps {
  anchor: SelectionAnchor
  style?: CSSProperties
  onPost: (draft: CommentDraft) => Promise<string | undefined>
  onCancel: () => void
}

/** The new comment on the selected text, with an optional replacement prefilled with that text. */
export function ComposeComment({ anchor, style, onPost, onCancel }: ComposeCommentProps) {
  const [body, setBody] = useState('')
  const [suggesting, setSuggesting] = useState(false)
  const [suggestion, setSuggestion] = useState(anchor.quote)
  const { busy, error, run } = usePendingAction()

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (body.trim() === '' || busy) return
    void run(() => onPost(suggesting ? { body, suggestion } : { body }))
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel()
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit()
  }

  return (
    <form className="compose-comment" aria-label="New comment" style={style} data-card-key="compose" onSubmit={submit} onKeyDown={onKeyDown}>
      <blockquote className="thread-card__quote">{anchor.quote}</blockquote>
      <textarea aria-label="Comment text" placeholder="Comment…" rows={3} value={body} onChange={(e) => setBody(e.target.value)} autoFocus />
      <label className="compose-comment__suggest">
        <input type="checkbox" checked={suggesting} onChange={(e) => setSuggesting(e.target.checked)} /> Suggest replacement text
      </label>
      {suggesting && (
        <textarea aria-label="Suggested text" rows={2} value={suggestion} onChange={(e) => setSuggestion(e.target.value)} />
      )}
      <div className="thread-card__buttons">
        <button type="submit" className="button button--small button--primary" disabled={busy || body.trim() === ''}>
          Post comment
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <FormError>{error}</FormError>
    </form>
  )
}
