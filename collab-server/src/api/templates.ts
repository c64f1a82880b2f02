import type { ServerResponse } from 'node:http'
import { listTemplates } from '@pepdraft/core'
import { sendJson } from './http.js'

/** `GET /api/templates` → the templates a new document can start from. */
export function listTemplatesRoute(res: ServerResponse): void {
  const templates = listTemplates().map(({ id, name, description }) => ({ id, name, description }))
  sendJson(res, 200, { templates })
}
