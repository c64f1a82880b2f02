/** The collab server's HTTP API (collab-server README), as typed calls returning values, not throwing. */

import type { ImportReport } from '@pepdraft/core'

export type Role = 'edit' | 'review' | 'view'

export interface TemplateSummary {
  id: string
  name: string
  description: string
}

export interface CreatedDocument {
  id: string
  tokens: Record<Role, string>
  urls: Record<Role, string>
}

/** A draft created from Markdown: the links, and what the import could not keep exactly. */
export interface ImportedDocument extends CreatedDocument {
  template: string
  report: ImportReport
}

export interface DocumentAccess {
  id: string
  role: Role
  template: string
}

/** `status` 0 means the server could not be reached at all. */
export interface ApiFailure {
  status: number
  code: string
  message: string
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure }

export function createDocument(template: string): Promise<ApiResult<CreatedDocument>> {
  return request('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template }),
  })
}

/**
 * Creates a draft from a Markdown draft laid out in `template`'s sections; the server parses it
 * (413 `markdown_too_large` past its limit, 422 `markdown_timeout` when parsing takes too long).
 */
export function importDocument(markdown: string, template: string): Promise<ApiResult<ImportedDocument>> {
  return request('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ markdown, template }),
  })
}

export function getDocumentAccess(id: string, token: string): Promise<ApiResult<DocumentAccess>> {
  return request(`/api/documents/${encodeURIComponent(id)}`, {
    headers: { Authorization: `Bearer ${token}` },
  })
}

export async function listTemplates(): Promise<ApiResult<TemplateSummary[]>> {
  const result = await request<{ templates: TemplateSummary[] }>('/api/templates', {})
  return result.ok ? { ok: true, value: result.value.templates } : result
}

export async function request<T>(path: string, init: RequestInit): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetch(path, init)
  } catch {
    return failure(0, 'network', 'The pepdraft server could not be reached. Check your connection and try again.')
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (response.ok) return { ok: true, value: body as T }
  const error = (body as { error?: Partial<ApiFailure> } | undefined)?.error
  return failure(
    response.status,
    error?.code ?? `http-${response.status}`,
    error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
  )
}

function failure(status: number, code: string, message: string): { ok: false; error: ApiFailure } {
  return { ok: false, error: { status, code, message } }
}
