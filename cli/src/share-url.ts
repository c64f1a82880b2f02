import { UsageError } from './io.js'

/** What a share link names: the server, the document and the capability token. */
export interface ShareLink {
  origin: string
  id: string
  token: string
}

const EXAMPLE = 'http://127.0.0.1:1234/d/<id>#k=<token>'

/**
 * Reads a share link as the app gives it, `http://host/d/<id>#k=<token>` (DESIGN.md: the token
 * travels in the fragment so it never reaches HTTP logs). Anything else is a usage error that
 * says what a link looks like.
 */
export function parseShareUrl(text: string): ShareLink {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new UsageError(`“${text}” is not a URL: pass the share link the app gives you, like ${EXAMPLE}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`“${text}” is not an http(s) link: pass the share link the app gives you, like ${EXAMPLE}`)
  }
  const path = /^\/d\/([^/]+)\/?$/.exec(url.pathname)
  if (!path) {
    throw new UsageError(`“${text}” is not a document link: its path must be /d/<id>, like ${EXAMPLE}`)
  }
  const token = new URLSearchParams(url.hash.slice(1)).get('k')
  if (!token) {
    throw new UsageError(
      `the link has no token (#k=…): copy the whole share link, including the part after “#”, like ${EXAMPLE}`,
    )
  }
  return { origin: url.origin, id: decodeURIComponent(path[1]!), token }
}

/** `GET /api/documents/:id/export.rst[?strict=1]` on the link's server. */
export function exportUrl(link: ShareLink, strict: boolean): string {
  return `${link.origin}/api/documents/${encodeURIComponent(link.id)}/export.rst${strict ? '?strict=1' : ''}`
}

/** python/peps names files `pep-NNNN.rst`: take the server's name only when it is a plain file name. */
export function fileNameFrom(contentDisposition: string | null): string {
  const name = /filename="?([^";/\\]+)"?/i.exec(contentDisposition ?? '')?.[1]?.trim()
  return name && /^[\w.-]+\.rst$/.test(name) && !name.startsWith('.') ? name : 'pep-draft.rst'
}
