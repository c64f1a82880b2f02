import { type FormEvent, type KeyboardEvent, useState } from 'react'
import { usePendingAction } from './usePendingAction.js'
import { FormError } from '../../ui/FormError.js'

interface ReplyBoxProps {
  onReply: (body: string) => Promise<string | undefined>
}

export function ReplyBox({ onReply }: ReplyBoxProps) {
  const [body, setBody] = useState('')
  const { busy, error, run } = usePendingAction()
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (body.trim() === '' || busy) return
    void run(() => onReply(body), () => setBody(''))
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit()
  }
  return (
    <form className="thread-reply" onSubmit={submit}>
      <textarea
        aria-label="Reply"
        placeholder="Reply…"
        rows={body === '' ? 1 : 3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {body.trim() !== '' && (
        <button type="submit" className="button button--small button--primary" disabled={busy}>
          Reply
        </button>
      )}
      <FormError>{error}</FormError>
    </form>
  )
}
