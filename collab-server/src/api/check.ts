import type { IncomingMessage, ServerResponse } from 'node:http'
import { checkYDoc } from '@pepdraft/core'
import { authorize, bearerToken } from './access.js'
import type { ApiContext } from './context.js'
import { sendJson } from './http.js'

/** `GET /api/documents/:id/check` → the submission check report of the live document, for any role. */
export async function checkDocumentRoute(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const { meta } = await authorize(ctx.store, id, bearerToken(req))
  const report = await ctx.rooms.use(meta.id, (room) => checkYDoc(room.doc, { today: ctx.now() }))
  sendJson(res, 200, report)
}
