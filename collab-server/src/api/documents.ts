import type { IncomingMessage, ServerResponse } from 'node:http'
import { DEFAULT_TEMPLATE_ID, findTemplate, type SeedContent, seedUpdate, type Template } from '@pepdraft/core'
import { ROLES, type Role, hashToken, mintDocumentId, mintToken } from '../auth.js'
import { importMarkdown } from '../import/import-markdown.js'
import { importRstInWorker } from '../import/import-rst.js'
import { ImportTimeoutError } from '../import/import-worker.js'
import { type RstReportItem, rstDocument } from '../import/rst-document.js'
import type { DocumentMeta } from '../persistence/store.js'
import { authorize, bearerToken } from './access.js'
import { ApiError, readJsonBody, sendJson } from './http.js'
import type { ApiContext } from './context.js'

/** What a new document is seeded from: a template, alone or with imported content and its report. */
interface DocumentSource {
  template: Template
  content?: SeedContent
  report?: { items: RstReportItem[] }
}

/**
 * `POST /api/documents` → 201 with the three capability tokens and share links (token in the
 * fragment). The body names a template, or carries a Markdown draft or a PEP's `.rst` to import.
 */
export async function createDocument(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJsonBody(req, ctx.limits.maxBodyBytes)
  if (body.markdown !== undefined && body.rst !== undefined) {
    throw new ApiError(400, 'conflicting_sources', 'send either markdown or rst, not both')
  }
  const requested = body.template === undefined ? undefined : requestedTemplate(body.template)
  const source =
    body.rst !== undefined
      ? await rstSource(ctx, body.rst, requested)
      : await markdownSource(ctx, body.markdown, requested ?? findTemplate(DEFAULT_TEMPLATE_ID)!)
  const { template, content, report } = source

  const id = mintDocumentId()
  const tokens = Object.fromEntries(ROLES.map((role) => [role, mintToken()])) as Record<Role, string>
  const meta: DocumentMeta = {
    id,
    template: template.id,
    createdAt: ctx.now().toISOString(),
    tokenHashes: Object.fromEntries(ROLES.map((role) => [role, hashToken(tokens[role])])) as Record<Role, string>,
  }
  // Seeded once, here, in the same batch as the metadata: no client ever inserts template content.
  await ctx.store.createDocument(meta, id, seedUpdate(template, ctx.now(), content))

  const origin = requestOrigin(req)
  const urls = Object.fromEntries(ROLES.map((role) => [role, `${origin}/d/${id}#k=${tokens[role]}`]))
  sendJson(res, 201, { id, template: template.id, tokens, urls, ...(report ? { report } : {}) })
}

function requestedTemplate(id: unknown): Template {
  const template = typeof id === 'string' ? findTemplate(id) : undefined
  if (!template) throw new ApiError(400, 'unknown_template', `unknown template ${JSON.stringify(id)}`)
  return template
}

/** `markdown` from the request, imported into the template's shape; the bare template when absent. */
async function markdownSource(ctx: ApiContext, markdown: unknown, template: Template): Promise<DocumentSource> {
  if (markdown === undefined) return { template }
  if (typeof markdown !== 'string') throw new ApiError(400, 'invalid_markdown', 'markdown must be a string')
  if (Buffer.byteLength(markdown) > ctx.limits.maxMarkdownBytes) {
    throw new ApiError(413, 'markdown_too_large', `the Markdown draft is larger than ${ctx.limits.maxMarkdownBytes / 1024} KiB`)
  }
  const { doc, preamble, report } = await inImportSlot(ctx, 'markdown', 'simplify deeply nested or unusual markup', () =>
    importMarkdown(markdown, template.id, ctx.limits.importTimeoutMs),
  )
  return { template, content: { doc, preamble }, report }
}

/** A PEP's `.rst`: its preamble and text as written, in the template its Type names unless one was requested. */
async function rstSource(ctx: ApiContext, rst: unknown, requested: Template | undefined): Promise<DocumentSource> {
  if (typeof rst !== 'string') throw new ApiError(400, 'invalid_rst', 'rst must be a string: the text of the .rst file')
  if (rst.trim() === '') throw new ApiError(400, 'empty_rst', 'the reStructuredText file is empty')
  if (Buffer.byteLength(rst) > ctx.limits.maxRstBytes) {
    throw new ApiError(413, 'rst_too_large', `the reStructuredText file is larger than ${ctx.limits.maxRstBytes / 1024} KiB`)
  }
  const imported = await inImportSlot(ctx, 'rst', 'the file may be malformed; check it with docutils', () =>
    importRstInWorker(rst, ctx.limits.importTimeoutMs),
  )
  return rstDocument(imported, requested)
}

/**
 * Runs one import within `limits.maxConcurrentImports` (503 beyond it). A parse that outlives the
 * time limit (422 `<kind>_timeout`) or the worker's heap (422 `<kind>_too_complex`) is the input's
 * doing, not the server's: the worker is gone and everyone else is still served.
 */
async function inImportSlot<T>(ctx: ApiContext, kind: 'markdown' | 'rst', advice: string, run: () => Promise<T>): Promise<T> {
  if (ctx.imports.active >= ctx.limits.maxConcurrentImports) {
    throw new ApiError(503, 'import_busy', 'the server is importing other drafts; try again in a few seconds')
  }
  ctx.imports.active += 1
  try {
    return await run()
  } catch (err) {
    if (err instanceof ImportTimeoutError) throw new ApiError(422, `${kind}_timeout`, `${err.message}; ${advice}`)
    if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new ApiError(422, `${kind}_too_complex`, `the import ran out of memory; ${advice}`)
    }
    throw err
  } finally {
    ctx.imports.active -= 1
  }
}

/** `GET /api/documents/:id` → what this token may do with the document. */
export async function describeDocument(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const { meta, role } = await authorize(ctx.store, id, bearerToken(req))
  sendJson(res, 200, { id: meta.id, role, template: meta.template, createdAt: meta.createdAt })
}

/** Behind a TLS-terminating proxy the links must say https: trust its X-Forwarded-Proto. */
function requestOrigin(req: IncomingMessage): string {
  const host = req.headers.host ?? 'localhost'
  const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'
  return `${proto}://${host}`
}
