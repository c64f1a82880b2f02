/** Who wrote a comment: the name and colour they chose, and a hash of their browser's secret key. */
export interface CommentAuthor {
  name: string
  color: string
  /** SHA-256 (hex) of the author's secret key: proves "my comment" without revealing the key. */
  id: string
  role: 'edit' | 'review'
}

export interface ThreadComment {
  id: string
  author: CommentAuthor
  /** Plain text; clients render ``literal`` and links, never HTML. */
  body: string
  createdAt: string
  editedAt?: string
  /** A deleted comment keeps its place in the thread so replies still make sense. */
  deleted?: boolean
}

export type SuggestionStatus = 'pending' | 'applied' | 'dismissed'

/** Replacement text proposed for the anchored text; an editor applies or dismisses it. */
export interface Suggestion {
  text: string
  status: SuggestionStatus
  decidedBy?: CommentAuthor
  decidedAt?: string
}

export type ThreadStatus = 'open' | 'resolved'

/**
 * One review thread, as stored (server-written only) in the review room's `threads` map.
 * Whether it is attached to text is derived from the content's comment marks, never stored.
 */
export interface Thread {
  id: string
  /** The text the thread was anchored to, as the server read it when anchoring. */
  quote: string
  /** The level-1 section the anchor was in, for the review summary. */
  section?: string
  status: ThreadStatus
  createdAt: string
  comments: ThreadComment[]
  suggestion?: Suggestion
  resolvedBy?: CommentAuthor
  resolvedAt?: string
}

/** Limits on what one request may store; beyond them the API answers 413/422. */
export const REVIEW_LIMITS = {
  bodyChars: 10_000,
  suggestionChars: 10_000,
  nameChars: 80,
  quoteChars: 20_000,
  commentsPerThread: 500,
} as const
