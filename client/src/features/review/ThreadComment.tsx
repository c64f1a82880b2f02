import type { ThreadComment as Comment } from '@pepdraft/core'
import { type FormEvent, useState } from 'react'
import { CommentBody } from './CommentBody.js'
import { commentTime } from './commentTime.js'
import { usePendingAction } from './usePendingAction.js'
import { FormError } from '../../ui/FormError.js'

interface ThreadCommentProps {
  comment: Comment
  /** Written from this browser (same author key): it may be edited and deleted. */
  own: boolean
  onEdit: (body: string) => Promise<string | undefined>
  onDelete: () => Promise<string | undefined>
}

export function ThreadComment({ comment, own, onEdit, onDelete }: ThreadCommentProps) {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(comment.body)
  const { busy, error, run } = usePendingAction()
  const save = (event: FormEvent) => {
    event.preventDefault()
    void run(() => onEdit(draft), () => setEditing(false))
  }

  return (
    <li className="thread-comment">
      <div className="thread-comment__meta">
        <span className="thread-comment__author" style={{ borderColor: comment.author.color }}>
          {comment.author.name}
        </span>
        <time dateTime={comment.createdAt} title={new Date(comment.createdAt).toLocaleString()}>
          {commentTime(comment.createdAt, new Date())}
        </time>
        {comment.editedAt && !comment.deleted && <span className="thread-comment__edited">(edited)</span>}
        {own && !comment.deleted && !editing && (
          <span className="thread-card__buttons thread-comment__actions">
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label="Edit comment"
              onClick={() => {
                setDraft(comment.body)
                setEditing(true)
              }}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label="Delete comment"
              disabled={busy}
              onClick={() => void run(onDelete)}
            >
              Delete
            </button>
          </span>
        )}
      </div>
      {comment.deleted ? (
        <p className="thread-comment__body thread-comment__body--deleted">Comment deleted</p>
      ) : editing ? (
        <form className="thread-comment__edit" onSubmit={save}>
          <textarea aria-label="Edited comment" value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} autoFocus />
          <div className="thread-card__buttons">
            <button type="submit" className="button button--small button--primary" disabled={busy || draft.trim() === ''}>
              Save
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <CommentBody body={comment.body} />
      )}
      <FormError>{error}</FormError>
    </li>
  )
}
