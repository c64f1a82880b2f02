import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}

/**
 * Serves the built client from `root`. Paths that are not files get `index.html` (the client
 * routes `/d/<id>` itself); Vite's hashed `/assets/*` are cached for good.
 */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  if (isProbe(req.url ?? '/')) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request path.\n')
    return
  }
  const file = await resolveFile(root, path)
  if (!file) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('The pepdraft client is not built. Run `npm run build` (or `npm start`).\n')
    return
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  })
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).pipe(res)
}

async function resolveFile(root: string, path: string): Promise<string | undefined> {
  const candidate = normalize(join(root, decodeSafely(path)))
  if (candidate.startsWith(root + sep) && (await isFile(candidate))) return candidate
  const index = join(root, 'index.html')
  return (await isFile(index)) ? index : undefined
}

/**
 * Browsers remove dot segments before sending a request, so a raw target with a `..` segment
 * (literal or percent-encoded, `/` or `\` separated), a NUL byte or broken percent-encoding is a
 * traversal probe: answer 400 rather than index.html. (resolveFile never leaves the root anyway.)
 */
function isProbe(target: string): boolean {
  const rawPath = target.split('?')[0]!
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return true
  }
  return decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return '/'
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}
