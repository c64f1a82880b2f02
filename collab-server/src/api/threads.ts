import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  REVIEW_LIMITS,
  type Thread,
  applyCommentMark,
  attachedThreadIds,
  decodeRelativePosition,

  readContent,
  removeCommentMark,
  validateBody,
} from '@pepdraft/core'
import { authorize, bearerToken } from './access.js'
import type { ApiContext } from './context.js'
import { ApiError, readJsonBody, sendJson } from './http.js'
import { commentAuthor } from './review-author.js'
import { readThreads, removeThread, storeNewThread } from './thread-store.js'

export const mintThreadId = (): string => randomBytes(9).toString('base64url')

/** A comment body or suggestion from the request, or a 400. */
export function textField(value: unknown, what: string): string {
  const text = validateBody(value, what)
  if (typeof text !== 'string') throw new ApiError(400, 'invalid_body', text.message)
  return text
}

/** Decodes `from`/`to` and applies the thread's comment mark in the content room. */
export async function anchorThread(ctx: ApiContext, docId: string, body: Record<string, unknown>, threadId: string) {
  const from = decodeRelativePosition(body.from)
  const to = decodeRelativePosition(body.to)
  if (!from || !to) throw new ApiError(400, 'invalid_anchor', 'from and to must be base64-encoded Yjs relative positions')
  const anchored = await ctx.rooms.use(docId, (room) => applyCommentMark(room.doc, from, to, threadId))
  if (!anchored.ok) throw new ApiError(422, anchored.code, anchored.message)
  return anchored
}

/** Threads with `attached` derived from the content's comment marks, never stored (DESIGN.md). */
export async function threadsWithAttachment(ctx: ApiContext, docId: string): Promise<(Thread & { attached: boolean })[]> {
  const threads = await readThreads(ctx.rooms, docId)
  const attached = await ctx.rooms.use(docId, (room) => attachedThreadIds(readContent(room.doc)))
  return threads.map((thread) => ({ ...thread, attached: attached.has(thread.id) }))
}

/** `GET /api/documents/:id/threads` */
export async function listThreadsRoute(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const { meta } = await authorize(ctx.store, id, bearerToken(req))
  sendJson(res, 200, { threads: await threadsWithAttachment(ctx, meta.id) })
}

/** `POST /api/documents/:id/threads` `{from, to, body, suggestion?, author}` → 201 `{thread}` */
export async function createThreadRoute(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const { meta, role } = await authorize(ctx.store, id, bearerToken(req))
  const body = await readJsonBody(req, ctx.limits.maxBodyBytes)
  const author = commentAuthor(body, role)
  const text = textField(body.body, 'comment')
  const suggestion = body.suggestion
  if (suggestion !== undefined && (typeof suggestion !== 'string' || suggestion.length > REVIEW_LIMITS.suggestionChars)) {
    throw new ApiError(400, 'invalid_suggestion', `a suggestion is text of at most ${REVIEW_LIMITS.suggestionChars} characters`)
  }
  const threadId = mintThreadId()
  const anchored = await anchorThread(ctx, meta.id, body, threadId)
  const now = ctx.now().toISOString()
  const thread: Thread = {
    id: threadId,
    quote: anchored.quote.slice(0, REVIEW_LIMITS.quoteChars),
    ...(anchored.section ? { section: anchored.section } : {}),
    status: 'open',
    createdAt: now,
    comments: [{ id: mintThreadId(), author, body: text, createdAt: now }],
    ...(typeof suggestion === 'string' ? { suggestion: { text: suggestion, status: 'pending' as const } } : {}),
  }
  await storeNewThread(ctx.rooms, meta.id, thread)
  sendJson(res, 201, { thread: { ...thread, attached: true } })
}

/** `POST …/threads/:tid/delete` — editors, or the thread's opener; its marks leave the content too. */
export async function deleteThreadRoute(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, threadId: string): Promise<void> {
  const { meta, role } = await authorize(ctx.store, id, bearerToken(req))
  const author = commentAuthor(await readJsonBody(req, ctx.limits.maxBodyBytes), role)
  const thread = (await readThreads(ctx.rooms, meta.id)).find((t) => t.id === threadId)
  if (!thread) throw new ApiError(404, 'unknown_thread', 'no such thread in this document')
  const opener = thread.comments[0]?.author.id === author.id
  if (role !== 'edit' && !opener) throw new ApiError(403, 'forbidden', 'only editors or the thread’s opener can delete it')
  await ctx.rooms.use(meta.id, (room) => removeCommentMark(room.doc, threadId))
  await removeThread(ctx.rooms, meta.id, threadId)
  sendJson(res, 200, { deleted: threadId })
}

