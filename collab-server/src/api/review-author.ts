import { createHash } from 'node:crypto'
import { type CommentAuthor, REVIEW_LIMITS } from '@pepdraft/core'
import type { Role } from '../auth.js'
import { ApiError } from './http.js'

const COLOR = /^#[0-9a-fA-F]{6}$/
const AUTHOR_KEY = /^[A-Za-z0-9_-]{22,128}$/

/**
 * The commenting author from a request body: the name and colour they chose and a browser-held
 * secret key, stored only as its SHA-256 so "my comments" can be proven without an account.
 * View links cannot comment (DESIGN.md roles).
 */
export function commentAuthor(body: Record<string, unknown>, role: Role): CommentAuthor {
  if (role === 'view') throw new ApiError(403, 'read_only', 'view links can read the review but not comment')
  const author = body.author as Record<string, unknown> | undefined
  const name = typeof author?.name === 'string' ? author.name.trim() : ''
  if (name === '' || name.length > REVIEW_LIMITS.nameChars) {
    throw new ApiError(400, 'invalid_author', `author.name must be 1–${REVIEW_LIMITS.nameChars} characters`)
  }
  const color = typeof author?.color === 'string' && COLOR.test(author.color) ? author.color : '#6b7280'
  if (typeof author?.key !== 'string' || !AUTHOR_KEY.test(author.key)) {
    throw new ApiError(400, 'invalid_author', 'author.key must be 22–128 base64url characters')
  }
  return { name, color, id: createHash('sha256').update(author.key).digest('hex'), role }
}

export function requireEditor(role: Role, what: string): void {
  if (role !== 'edit') throw new ApiError(403, 'editors_only', `only editors can ${what}`)
}
