import { findDraft } from './drafts.js'

/**
 * Share links carry the token in the fragment (`#k=…`) so it never reaches HTTP logs (DESIGN.md).
 * The fragment wins over a remembered token: it is the link the user just followed.
 */
export function tokenFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const token = params.get('k')?.trim()
  return token ? token : undefined
}

export function resolveToken(docId: string, hash: string): string | undefined {
  return tokenFromHash(hash) ?? findDraft(docId)?.token
}

export function editorPath(docId: string, token?: string): string {
  const path = `/d/${encodeURIComponent(docId)}`
  return token ? `${path}#k=${encodeURIComponent(token)}` : path
}
