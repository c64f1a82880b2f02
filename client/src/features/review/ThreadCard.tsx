import type { Thread } from '@pepdraft/core'
import { type CSSProperties, type FocusEvent, useId, useState } from 'react'
import type { Role } from '../../lib/api.js'
import { ReplyBox } from './ReplyBox.js'
import { SuggestionBlock } from './SuggestionBlock.js'
import { ThreadComment } from './ThreadComment.js'
import type { ReviewActions } from './useReviewActions.js'
import { usePendingAction } from './usePendingAction.js'
import { FormError } from '../../ui/FormError.js'

interface ThreadCardProps {
  thread: Thread
  /** Whether its comment mark is still on some text (derived from the editor's document). */
  attached: boolean
  role: Role
  /** This browser's author id, to recognise its own comments. */
  myId: string | undefined
  active: boolean
  actions: ReviewActions
  style?: CSSProperties
  onHover: (threadId: string | null) => void
  onFocusChange: (threadId: string | null) => void
}

/** One review thread: the quoted text, its comments, the suggestion and what this user may do. */
export function ThreadCard({ thread, attached, role, myId, active, actions, style, onHover, onFocusChange }: ThreadCardProps) {
  const quoteId = useId()
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const { busy, error, run } = usePendingAction()
  const canComment = role !== 'view'
  const opener = thread.comments[0]?.author.id
  const canDelete = role === 'edit' || (canComment && myId !== undefined && opener === myId)
  const resolved = thread.status === 'resolved'
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onFocusChange(null)
  }
  const classes = ['thread-card', resolved && 'thread-card--resolved', !attached && 'thread-card--detached', active && 'thread-card--active']

  return (
    <article
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={quoteId}
      tabIndex={-1}
      style={style}
      data-card-key={thread.id}
      onMouseEnter={() => onHover(thread.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onFocusChange(thread.id)}
      onBlur={onBlur}
    >
      <div className="thread-card__head">
        <span className="thread-card__where">{thread.section ?? 'Document'}</span>
        {resolved && <span className="thread-card__badge">Resolved</span>}
        {!attached && <span className="thread-card__badge thread-card__badge--detached">On deleted text</span>}
        {canComment && (
          <span className="thread-card__buttons thread-card__actions">
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => void run(() => actions.setStatus(thread.id, resolved ? 'reopen' : 'resolve'))}
            >
              {resolved ? 'Reopen' : 'Resolve'}
            </button>
            {canDelete && (
              <button
                type="button"
                className="button button--small button--quiet"
                aria-expanded={confirmingDelete}
                onClick={() => setConfirmingDelete(!confirmingDelete)}
              >
                Delete thread
              </button>
            )}
          </span>
        )}
      </div>
      <blockquote id={quoteId} className="thread-card__quote">
        {thread.quote}
      </blockquote>
      {!attached && role === 'edit' && (
        <button type="button" className="button button--small" disabled={busy} onClick={() => void run(() => actions.reattach(thread.id))}>
          Re-attach to selection
        </button>
      )}
      <ol className="thread-card__comments">
        {thread.comments.map((comment) => (
          <ThreadComment
            key={comment.id}
            comment={comment}
            own={canComment && myId !== undefined && comment.author.id === myId}
            onEdit={(body) => actions.editComment(thread.id, comment.id, body)}
            onDelete={() => actions.deleteComment(thread.id, comment.id)}
          />
        ))}
      </ol>
      {thread.suggestion && (
        <SuggestionBlock
          suggestion={thread.suggestion}
          canDecide={role === 'edit'}
          attached={attached}
          onApply={() => actions.applySuggestion(thread)}
          onDismiss={() => actions.dismissSuggestion(thread.id)}
        />
      )}
      {canComment && !resolved && <ReplyBox onReply={(body) => actions.reply(thread.id, body)} />}
      {confirmingDelete && (
        <div role="group" aria-label="Confirm deletion" className="thread-card__confirm">
          <p>Delete this thread and all its comments?</p>
          <div className="thread-card__buttons">
            <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => void run(() => actions.deleteThread(thread.id))}>
              Delete
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirmingDelete(false)}>
              Keep
            </button>
          </div>
        </div>
      )}
      <FormError>{error}</FormError>
    </article>
  )
}
