import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from '../command.js'
import { formatBytes, formatProblem, plural, type ReportedProblem, tally } from '../format.js'
import { EXIT, type Io, UsageError } from '../io.js'
import { exportUrl, fileNameFrom, parseShareUrl, type ShareLink } from '../share-url.js'

/** Bounded: a CLI should fail, not hang, when a server accepts the connection and never answers. */
const TIMEOUT_MS = 30_000

/** What the server says when a token or document is wrong, and what the user can do. */
const HINTS: Record<number, string> = {
  401: 'the link carries no usable token: copy the whole share link, including the part after “#”',
  403: 'the token does not open this document: ask for a fresh share link',
  404: 'this server has no such document: check the link’s host and id',
}

/** `pepdraft export <share-url>`: the shared draft as `pep-NNNN.rst`, through the server's export route. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'download a shared draft as reStructuredText (pep-NNNN.rst)',
  usage: 'pepdraft export <share-url> [-o <file> | -o -] [--strict]',
  help: [
    'Fetches GET /api/documents/<id>/export.rst with the token from the link (any role works).',
    '<share-url> is the link the app gives you: http://host/d/<id>#k=<token> (quote it in the shell).',
    '',
    'Options:',
    '  -o, --output <file>  write to <file>; "-" writes to standard output.',
    '                       Default: the server\'s file name (pep-NNNN.rst) in the current directory.',
    '  --strict             refuse a draft python/peps would reject: print its problems, write nothing.',
    '',
    'Exit codes: 0 written, 1 refused (--strict), unreachable server or HTTP error, 2 usage.',
  ].join('\n'),
  options: {
    output: { type: 'string', short: 'o' },
    strict: { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    const [url, ...extra] = positionals
    if (url === undefined) throw new UsageError('give the share link of the draft to export')
    if (extra.length > 0) throw new UsageError(`export takes one share link, got ${positionals.length} arguments`)
    const link = parseShareUrl(url)
    const strict = values.strict === true
    let res: Response
    try {
      res = await fetch(exportUrl(link, strict), {
        headers: { authorization: `Bearer ${link.token}`, accept: 'text/x-rst, application/json' },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
    } catch (err) {
      io.err(`pepdraft export: cannot reach ${link.origin}: ${reason(err)}\n`)
      return EXIT.failure
    }
    if (res.status === 200) return save(res, typeof values.output === 'string' ? values.output : undefined, io)
    return refused(res, link, io)
  },
}

async function save(res: Response, output: string | undefined, io: Io): Promise<number> {
  const rst = await res.text()
  const warnings = Number(res.headers.get('x-pepdraft-warnings') ?? 0)
  const note = warnings > 0 ? ` (${plural(warnings, 'export warning')}: the app's export panel lists them)` : ''
  if (output === '-') {
    io.out(rst)
    if (note) io.err(`pepdraft export:${note}\n`)
    return EXIT.ok
  }
  const target = output ?? fileNameFrom(res.headers.get('content-disposition'))
  try {
    await writeFile(resolve(io.cwd, target), rst)
  } catch (err) {
    io.err(`pepdraft export: cannot write ${target}: ${reason(err)}\n`)
    return EXIT.failure
  }
  io.err(`wrote ${target} (${formatBytes(Buffer.byteLength(rst))})${note}\n`)
  return EXIT.ok
}

/** Any other status: the server's JSON error (and, for 422, its check report), then exit 1. */
async function refused(res: Response, link: ShareLink, io: Io): Promise<number> {
  const body = await res.text()
  let parsed: { error?: { code?: string; message?: string }; report?: { problems?: ReportedProblem[] } } = {}
  try {
    parsed = JSON.parse(body) as typeof parsed
  } catch {
    // Not our server, or a proxy's error page: show the start of what came back.
  }
  const problems = parsed.report?.problems ?? []
  if (res.status === 422 && problems.length > 0) {
    for (const problem of problems) io.out(`${formatProblem(`draft ${link.id}`, problem)}\n`)
    const { errors, warnings } = tally(problems)
    io.err(`pepdraft export: not exported (--strict): ${plural(errors, 'error')}, ${plural(warnings, 'warning')} to address first\n`)
    return EXIT.failure
  }
  const code = parsed.error?.code ? ` ${parsed.error.code}` : ''
  const message = parsed.error?.message ?? (body.trim().slice(0, 200) || res.statusText)
  const hint = HINTS[res.status] ? `\n  ${HINTS[res.status]}` : ''
  io.err(`pepdraft export: the server answered ${res.status}${code}: ${message}${hint}\n`)
  return EXIT.failure
}

/** `connection refused (ECONNREFUSED)` rather than fetch's bare "fetch failed". */
function reason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause
  if (cause?.code === 'ECONNREFUSED') return 'connection refused (is the server running?)'
  if (cause?.code === 'ENOTFOUND') return 'no such host'
  if ((err as Error)?.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`
  return cause?.code ?? cause?.message ?? (err as Error)?.message ?? String(err)
}
