import type { Thread } from '@pepdraft/core'
import { type ApiFailure, type ApiResult, request } from '../../lib/api.js'

/** The review routes of one document (collab-server README), called with the link's bearer token. */
export interface ReviewTarget {
  docId: string
  token: string
}

/** Sent with every write; the server keeps only the SHA-256 of `key` (author.id). */
export interface AuthorPayload {
  name: string
  color: string
  key: string
}

export interface NewThread {
  /** Base64 `Y.encodeRelativePosition` of the selection's ends in the content doc. */
  from: string
  to: string
  body: string
  suggestion?: string
  author: AuthorPayload
}

export type ThreadAction = 'replies' | 'resolve' | 'reopen' | 'suggestion' | 'reattach' | 'delete'
export type CommentAction = 'edit' | 'delete'
export type ReviewFormat = 'md' | 'json'

export interface ReviewFile {
  blob: Blob
  filename: string
}

export async function createThread(target: ReviewTarget, input: NewThread): Promise<ApiResult<Thread | undefined>> {
  return unwrapThread(await post(target, threadsPath(target), input))
}

export async function threadAction(
  target: ReviewTarget,
  threadId: string,
  action: ThreadAction,
  body: Record<string, unknown>,
): Promise<ApiResult<Thread | undefined>> {
  return unwrapThread(await post(target, `${threadsPath(target)}/${encodeURIComponent(threadId)}/${action}`, body))
}

export async function commentAction(
  target: ReviewTarget,
  threadId: string,
  commentId: string,
  action: CommentAction,
  body: Record<string, unknown>,
): Promise<ApiResult<Thread | undefined>> {
  const path = `${threadsPath(target)}/${encodeURIComponent(threadId)}/comments/${encodeURIComponent(commentId)}/${action}`
  return unwrapThread(await post(target, path, body))
}

/** `review.md` or `review.json`, fetched with the token (a plain link could not send it). */
export async function fetchReview(target: ReviewTarget, format: ReviewFormat): Promise<ApiResult<ReviewFile>> {
  const fallbackName = `review-${target.docId}.${format}`
  let response: Response
  try {
    response = await fetch(`/api/documents/${encodeURIComponent(target.docId)}/review.${format}`, {
      headers: { Authorization: `Bearer ${target.token}` },
    })
  } catch {
    return failure({ status: 0, code: 'network', message: 'The pepdraft server could not be reached. Check your connection and try again.' })
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: Partial<ApiFailure> } | undefined
    const message = body?.error?.message ?? `The server answered ${response.status} ${response.statusText}.`
    return failure({ status: response.status, code: body?.error?.code ?? `http-${response.status}`, message })
  }
  const disposition = response.headers.get('content-disposition') ?? ''
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName
  return { ok: true, value: { blob: await response.blob(), filename } }
}

function threadsPath(target: ReviewTarget): string {
  return `/api/documents/${encodeURIComponent(target.docId)}/threads`
}

function post(target: ReviewTarget, path: string, body: object): Promise<ApiResult<{ thread?: Thread } | undefined>> {
  return request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${target.token}` },
    body: JSON.stringify(body),
  })
}

/** Thread routes answer `{thread}`; deleting one may answer without it. */
function unwrapThread(result: ApiResult<{ thread?: Thread } | undefined>): ApiResult<Thread | undefined> {
  if (!result.ok) return result
  return { ok: true, value: result.value?.thread }
}

function failure(error: ApiFailure): { ok: false; error: ApiFailure } {
  return { ok: false, error }
}
