import type { IncomingMessage, ServerResponse } from 'node:http'
import { type Thread, type ThreadChange, addReply, decideSuggestion, deleteComment, editComment, setStatus } from '@pepdraft/core'
import type { Role } from '../auth.js'
import { authorize, bearerToken } from './access.js'
import type { ApiContext } from './context.js'
import { ApiError, readJsonBody, sendJson } from './http.js'
import { commentAuthor, requireEditor } from './review-author.js'
import { updateThread } from './thread-store.js'
import { anchorThread, mintThreadId, textField, threadsWithAttachment } from './threads.js'

type Author = ReturnType<typeof commentAuthor>
interface ActionInput {
  ctx: ApiContext
  docId: string
  role: Role
  author: Author
  body: Record<string, unknown>
  now: string
  params: string[]
}

/** One thread action: the change it makes, given the checked request. */
type Action = (input: ActionInput) => (thread: Thread) => ThreadChange | Promise<ThreadChange>

const ACTIONS: Record<string, Action> = {
  replies: ({ author, body, now }) => (thread) =>
    addReply(thread, { id: mintThreadId(), author, body: textField(body.body, 'reply'), createdAt: now }),
  resolve: ({ author, now }) => (thread) => setStatus(thread, 'resolved', author, now),
  reopen: ({ author, now }) => (thread) => setStatus(thread, 'open', author, now),
  edit: ({ author, body, now, params }) => (thread) => editComment(thread, params[0]!, author.id, textField(body.body, 'comment'), now),
  delete: ({ author, now, params }) => (thread) => deleteComment(thread, params[0]!, author.id, now),
  suggestion: ({ role, author, body, now }) => {
    requireEditor(role, 'apply or dismiss suggestions')
    if (body.outcome !== 'applied' && body.outcome !== 'dismissed') {
      throw new ApiError(400, 'invalid_outcome', 'outcome must be "applied" or "dismissed"')
    }
    return (thread) => decideSuggestion(thread, body.outcome as 'applied' | 'dismissed', author, now)
  },
  reattach: ({ ctx, docId, role, body }) => {
    requireEditor(role, 're-attach threads')
    return async (thread) => {
      const attached = (await threadsWithAttachment(ctx, docId)).find((t) => t.id === thread.id)?.attached
      if (attached) return { refused: 'conflict', message: 'this thread is still attached to its text' }
      const anchored = await anchorThread(ctx, docId, body, thread.id)
      const { section: _old, ...rest } = thread
      return { ...rest, quote: anchored.quote, ...(anchored.section ? { section: anchored.section } : {}) }
    }
  },
}

/** `POST /api/documents/:id/threads/:tid/<action>` and `…/comments/:cid/<edit|delete>` → the updated thread. */
export async function threadActionRoute(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  threadId: string,
  action: string,
  ...params: string[]
): Promise<void> {
  const perform = ACTIONS[action]
  if (!perform) throw new ApiError(404, 'not_found', `no thread action ${action}`)
  const { meta, role } = await authorize(ctx.store, id, bearerToken(req))
  const body = await readJsonBody(req, ctx.limits.maxBodyBytes)
  const author = commentAuthor(body, role)
  const change = perform({ ctx, docId: meta.id, role, author, body, now: ctx.now().toISOString(), params })
  const thread = await updateThread(ctx.rooms, meta.id, threadId, change)
  sendJson(res, action === 'replies' ? 201 : 200, { thread })
}
