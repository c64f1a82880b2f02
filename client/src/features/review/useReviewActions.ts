import type { Thread } from '@pepdraft/core'
import type { Editor } from '@tiptap/core'
import { useMemo } from 'react'
import type { ApiResult } from '../../lib/api.js'
import type { Identity } from '../../lib/identity.js'
import { applySuggestion } from './applySuggestion.js'
import { type AuthorPayload, type ReviewTarget, commentAction, threadAction } from './reviewApi.js'
import { selectionAnchor } from './selectionAnchor.js'
import { threadRange } from './threadAnchors.js'

/** Each action resolves to the message to show, or `undefined` when it worked. */
export type ActionOutcome = Promise<string | undefined>

export interface ReviewActions {
  reply(threadId: string, body: string): ActionOutcome
  setStatus(threadId: string, status: 'resolve' | 'reopen'): ActionOutcome
  editComment(threadId: string, commentId: string, body: string): ActionOutcome
  deleteComment(threadId: string, commentId: string): ActionOutcome
  applySuggestion(thread: Thread): ActionOutcome
  dismissSuggestion(threadId: string): ActionOutcome
  reattach(threadId: string): ActionOutcome
  deleteThread(threadId: string): ActionOutcome
}

/** The review writes, bound to this document, this user and this editor. */
export function useReviewActions(target: ReviewTarget, identity: Identity, key: string, editor: Editor): ReviewActions {
  return useMemo(() => {
    const author: AuthorPayload = { name: identity.name, color: identity.color, key }
    const onThread = (threadId: string, action: Parameters<typeof threadAction>[2], body: Record<string, unknown> = {}) =>
      outcome(threadAction(target, threadId, action, { ...body, author }))
    return {
      reply: (threadId, body) => onThread(threadId, 'replies', { body }),
      setStatus: (threadId, status) => onThread(threadId, status),
      editComment: (threadId, commentId, body) => outcome(commentAction(target, threadId, commentId, 'edit', { body, author })),
      deleteComment: (threadId, commentId) => outcome(commentAction(target, threadId, commentId, 'delete', { author })),
      dismissSuggestion: (threadId) => onThread(threadId, 'suggestion', { outcome: 'dismissed' }),
      deleteThread: (threadId) => onThread(threadId, 'delete'),
      async applySuggestion(thread) {
        const text = thread.suggestion?.text
        if (text === undefined) return 'This thread has no suggestion.'
        if (!threadRange(editor.state.doc, thread.id)) return 'The suggested text was deleted: re-attach the thread first.'
        // Decided on the server first: its 409 keeps two editors from applying the same suggestion twice.
        const decided = await onThread(thread.id, 'suggestion', { outcome: 'applied' })
        if (decided !== undefined) return decided
        return applySuggestion(editor, thread.id, text) ? undefined : 'The suggested text was deleted before it could be replaced.'
      },
      async reattach(threadId) {
        const anchor = selectionAnchor(editor)
        if (!anchor) return 'Select the text to attach the thread to, then try again.'
        return onThread(threadId, 'reattach', { from: anchor.from, to: anchor.to })
      },
    }
  }, [target, identity.name, identity.color, key, editor])
}

async function outcome(request: Promise<ApiResult<unknown>>): ActionOutcome {
  const result = await request
  return result.ok ? undefined : result.error.message
}
