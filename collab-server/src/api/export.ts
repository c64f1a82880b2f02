import type { IncomingMessage, ServerResponse } from 'node:http'
import { checkYDoc, pepFileName, readContent, readPreamble, toRst } from '@pepdraft/core'
import { authorize, bearerToken } from './access.js'
import type { ApiContext } from './context.js'
import { sendJson } from './http.js'

/**
 * `GET /api/documents/:id/export.rst` → the PEP as reStructuredText, for any role.
 * `?strict=1` refuses (422, with the check report) a draft that python/peps would reject.
 */
export async function exportRstRoute(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const { meta } = await authorize(ctx.store, id, bearerToken(req))
  const strict = new URL(req.url ?? '/', 'http://localhost').searchParams.get('strict') === '1'
  const { result, report, preamble } = await ctx.rooms.use(meta.id, (room) => {
    const preamble = readPreamble(room.doc)
    return {
      preamble,
      result: toRst(readContent(room.doc), preamble),
      report: strict ? checkYDoc(room.doc, { today: ctx.now() }) : undefined,
    }
  })
  if (report && !report.ok) {
    const errors = report.problems.filter((p) => p.severity === 'error').length
    sendJson(res, 422, {
      error: { code: 'not_ready', message: `the draft has ${errors} error${errors === 1 ? '' : 's'} to fix before submission` },
      report,
    })
    return
  }
  res.writeHead(200, {
    'content-type': 'text/x-rst; charset=utf-8',
    'content-disposition': `attachment; filename="${pepFileName(preamble)}"`,
    'cache-control': 'no-store',
    'x-pepdraft-warnings': String(result.warnings.length),
  })
  res.end(result.rst)
}
