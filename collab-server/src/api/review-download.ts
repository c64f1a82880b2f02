import type { IncomingMessage, ServerResponse } from 'node:http'
import { readPreamble, reviewToMarkdown } from '@pepdraft/core'
import { authorize, bearerToken } from './access.js'
import type { ApiContext } from './context.js'
import { threadsWithAttachment } from './threads.js'

/** `GET /api/documents/:id/review.md` and `review.json`: the review, for a Discourse post or tools. */
export async function reviewDownloadRoute(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string, format: string): Promise<void> {
  const { meta } = await authorize(ctx.store, id, bearerToken(req))
  const threads = await threadsWithAttachment(ctx, meta.id)
  const preamble = await ctx.rooms.use(meta.id, (room) => readPreamble(room.doc))
  const title = preamble.PEP ? `PEP ${preamble.PEP}: ${preamble.Title ?? ''}` : (preamble.Title ?? 'Untitled draft')
  const base = preamble.PEP ? `pep-${preamble.PEP.padStart(4, '0')}-review` : 'pep-draft-review'
  const [body, type] =
    format === 'md'
      ? [reviewToMarkdown(title, threads, new Set(threads.filter((t) => t.attached).map((t) => t.id))), 'text/markdown; charset=utf-8']
      : [`${JSON.stringify({ document: meta.id, title, threads }, null, 2)}\n`, 'application/json; charset=utf-8']
  res.writeHead(200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${base}.${format}"`,
    'cache-control': 'no-store',
  })
  res.end(body)
}
