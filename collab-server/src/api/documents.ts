import type { IncomingMessage, ServerResponse } from 'node:http'
import { DEFAULT_TEMPLATE_ID, findTemplate, seedUpdate } from '@pepdraft/core'
import { ROLES, type Role, hashToken, mintDocumentId, mintToken } from '../auth.js'
import { ImportTimeoutError, importMarkdown } from '../import/import-markdown.js'
import type { DocumentMeta } from '../persistence/store.js'
import { authorize, bearerToken } from './access.js'
import { ApiError, readJsonBody, sendJson } from './http.js'
import type { ApiContext } from './context.js'

/** `POST /api/documents` → 201 with the three capability tokens and share links (token in the fragment). */
export async function createDocument(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJsonBody(req, ctx.limits.maxBodyBytes)
  const templateId = body.template ?? DEFAULT_TEMPLATE_ID
  const template = typeof templateId === 'string' ? findTemplate(templateId) : undefined
  if (!template) throw new ApiError(400, 'unknown_template', `unknown template ${JSON.stringify(templateId)}`)

  const imported = await importedContent(ctx, body.markdown, template.id)

  const id = mintDocumentId()
  const tokens = Object.fromEntries(ROLES.map((role) => [role, mintToken()])) as Record<Role, string>
  const meta: DocumentMeta = {
    id,
    template: template.id,
    createdAt: ctx.now().toISOString(),
    tokenHashes: Object.fromEntries(ROLES.map((role) => [role, hashToken(tokens[role])])) as Record<Role, string>,
  }
  // Seeded once, here, in the same batch as the metadata: no client ever inserts template content.
  await ctx.store.createDocument(meta, id, seedUpdate(template, ctx.now(), imported?.content))

  const origin = requestOrigin(req)
  const urls = Object.fromEntries(ROLES.map((role) => [role, `${origin}/d/${id}#k=${tokens[role]}`]))
  sendJson(res, 201, { id, template: template.id, tokens, urls, ...(imported ? { report: imported.report } : {}) })
}

/** `markdown` from the request, imported into the template's shape; undefined when absent. */
async function importedContent(ctx: ApiContext, markdown: unknown, templateId: string) {
  if (markdown === undefined) return undefined
  if (typeof markdown !== 'string') throw new ApiError(400, 'invalid_markdown', 'markdown must be a string')
  if (Buffer.byteLength(markdown) > ctx.limits.maxMarkdownBytes) {
    throw new ApiError(413, 'markdown_too_large', `the Markdown draft is larger than ${ctx.limits.maxMarkdownBytes / 1024} KiB`)
  }
  if (ctx.imports.active >= ctx.limits.maxConcurrentImports) {
    throw new ApiError(503, 'import_busy', 'the server is importing other drafts; try again in a few seconds')
  }
  ctx.imports.active += 1
  try {
    const { doc, preamble, report } = await importMarkdown(markdown, templateId, ctx.limits.importTimeoutMs)
    return { content: { doc, preamble }, report }
  } catch (err) {
    if (err instanceof ImportTimeoutError) throw new ApiError(422, 'markdown_timeout', `${err.message}; simplify deeply nested or unusual markup`)
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
