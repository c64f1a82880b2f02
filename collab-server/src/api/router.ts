import type { IncomingMessage, ServerResponse } from 'node:http'
import { checkDocumentRoute } from './check.js'
import type { ApiContext } from './context.js'
import { createDocument, describeDocument } from './documents.js'
import { exportRstRoute } from './export.js'
import { reviewDownloadRoute } from './review-download.js'
import { threadActionRoute } from './thread-actions.js'
import { createThreadRoute, deleteThreadRoute, listThreadsRoute } from './threads.js'
import { ApiError, sendError, sendJson } from './http.js'
import { listTemplatesRoute } from './templates.js'

type Handler = (ctx: ApiContext, req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void> | void

interface Route {
  method: string
  pattern: RegExp
  handler: Handler
}

const ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/api\/documents$/, handler: createDocument },
  { method: 'GET', pattern: /^\/api\/documents\/([^/]+)$/, handler: (ctx, req, res, [id]) => describeDocument(ctx, req, res, id!) },
  { method: 'GET', pattern: /^\/api\/documents\/([^/]+)\/check$/, handler: (ctx, req, res, [id]) => checkDocumentRoute(ctx, req, res, id!) },
  { method: 'GET', pattern: /^\/api\/documents\/([^/]+)\/export\.rst$/, handler: (ctx, req, res, [id]) => exportRstRoute(ctx, req, res, id!) },
  { method: 'GET', pattern: /^\/api\/documents\/([^/]+)\/threads$/, handler: (ctx, req, res, [id]) => listThreadsRoute(ctx, req, res, id!) },
  { method: 'POST', pattern: /^\/api\/documents\/([^/]+)\/threads$/, handler: (ctx, req, res, [id]) => createThreadRoute(ctx, req, res, id!) },
  {
    method: 'POST',
    pattern: /^\/api\/documents\/([^/]+)\/threads\/([^/]+)\/(replies|resolve|reopen|suggestion|reattach)$/,
    handler: (ctx, req, res, [id, tid, action]) => threadActionRoute(ctx, req, res, id!, tid!, action!),
  },
  {
    method: 'POST',
    pattern: /^\/api\/documents\/([^/]+)\/threads\/([^/]+)\/comments\/([^/]+)\/(edit|delete)$/,
    handler: (ctx, req, res, [id, tid, cid, action]) => threadActionRoute(ctx, req, res, id!, tid!, action!, cid!),
  },
  { method: 'POST', pattern: /^\/api\/documents\/([^/]+)\/threads\/([^/]+)\/delete$/, handler: (ctx, req, res, [id, tid]) => deleteThreadRoute(ctx, req, res, id!, tid!) },
  { method: 'GET', pattern: /^\/api\/documents\/([^/]+)\/review\.(md|json)$/, handler: (ctx, req, res, [id, format]) => reviewDownloadRoute(ctx, req, res, id!, format!) },
  { method: 'GET', pattern: /^\/api\/templates$/, handler: (_ctx, _req, res) => listTemplatesRoute(res) },
]

/** Answers one `/api/…` request; every failure becomes a JSON error, never a crash. */
export async function routeApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  try {
    const matching = ROUTES.map((route) => ({ route, match: route.pattern.exec(path) })).filter((m) => m.match)
    if (matching.length === 0) throw new ApiError(404, 'not_found', `no API route ${path}`)
    const hit = matching.find((m) => m.route.method === req.method)
    if (!hit) throw new ApiError(405, 'method_not_allowed', `${req.method} is not allowed on ${path}`)
    await hit.route.handler(ctx, req, res, hit.match!.slice(1).map(decodeParam))
  } catch (err) {
    if (res.headersSent) {
      res.destroy()
    } else if (err instanceof ApiError) {
      // A refused body may be half-read; the connection cannot carry another request.
      if (!req.complete) res.setHeader('connection', 'close')
      sendError(res, err)
    } else {
      ctx.log(`API ${req.method} ${path} failed: ${String(err)}`)
      sendJson(res, 500, { error: { code: 'internal', message: 'the server failed to answer this request' } })
    }
  }
}

/** `decodeURIComponent` throws a URIError on malformed percent-encoding (`%E0%A4%A`): that is the client's 400, not our 500. */
function decodeParam(param: string): string {
  try {
    return decodeURIComponent(param)
  } catch {
    throw new ApiError(400, 'invalid_path', `malformed percent-encoding in ${JSON.stringify(param)}`)
  }
}
