import { type CommentAuthor, REVIEW_LIMITS, type SuggestionStatus, type Thread, type ThreadComment } from './thread.js'

/** An expected refusal, with a stable code the API maps to a status. */
export interface ThreadRefusal {
  refused: 'not_found' | 'forbidden' | 'invalid' | 'conflict'
  message: string
}

export type ThreadChange = Thread | ThreadRefusal

export function isRefusal(change: ThreadChange): change is ThreadRefusal {
  return 'refused' in change
}

export function validateBody(body: unknown, what = 'comment'): string | ThreadRefusal {
  if (typeof body !== 'string' || body.trim() === '') return { refused: 'invalid', message: `the ${what} is empty` }
  if (body.length > REVIEW_LIMITS.bodyChars) {
    return { refused: 'invalid', message: `the ${what} is longer than ${REVIEW_LIMITS.bodyChars} characters` }
  }
  return body
}

export function addReply(thread: Thread, comment: ThreadComment): ThreadChange {
  if (thread.comments.length >= REVIEW_LIMITS.commentsPerThread) {
    return { refused: 'invalid', message: `a thread holds at most ${REVIEW_LIMITS.commentsPerThread} comments` }
  }
  return { ...thread, comments: [...thread.comments, comment] }
}

export function setStatus(thread: Thread, status: Thread['status'], by: CommentAuthor, at: string): ThreadChange {
  if (thread.status === status) return thread
  if (status === 'resolved') return { ...thread, status, resolvedBy: by, resolvedAt: at }
  const { resolvedBy: _by, resolvedAt: _at, ...open } = thread
  return { ...open, status }
}

function ownComment(thread: Thread, commentId: string, authorId: string): ThreadComment | ThreadRefusal {
  const comment = thread.comments.find((c) => c.id === commentId)
  if (!comment || comment.deleted) return { refused: 'not_found', message: 'no such comment in this thread' }
  if (comment.author.id !== authorId) return { refused: 'forbidden', message: 'only its author can change a comment' }
  return comment
}

export function editComment(thread: Thread, commentId: string, authorId: string, body: string, at: string): ThreadChange {
  const own = ownComment(thread, commentId, authorId)
  if ('refused' in own) return own
  return { ...thread, comments: thread.comments.map((c) => (c === own ? { ...c, body, editedAt: at } : c)) }
}

export function deleteComment(thread: Thread, commentId: string, authorId: string, at: string): ThreadChange {
  const own = ownComment(thread, commentId, authorId)
  if ('refused' in own) return own
  return { ...thread, comments: thread.comments.map((c) => (c === own ? { ...c, body: '', deleted: true, editedAt: at } : c)) }
}

export function decideSuggestion(thread: Thread, outcome: Exclude<SuggestionStatus, 'pending'>, by: CommentAuthor, at: string): ThreadChange {
  if (!thread.suggestion) return { refused: 'not_found', message: 'this thread has no suggestion' }
  if (thread.suggestion.status !== 'pending') {
    return { refused: 'conflict', message: `the suggestion was already ${thread.suggestion.status}` }
  }
  return { ...thread, suggestion: { ...thread.suggestion, status: outcome, decidedBy: by, decidedAt: at } }
}
