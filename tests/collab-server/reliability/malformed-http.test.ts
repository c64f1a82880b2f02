import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { connectSynced } from '../../helpers/clients.js'
import { type RawResponse, rawGet, rawHttp } from '../../helpers/raw-sockets.js'
import { type TestServer, createDocument, startServer } from '../../helpers/server.js'
import { type WellBehavedPair, startWellBehavedPair } from '../../helpers/well-behaved-pair.js'

const MAX_BODY = 4096
const SECRET = 'the secret next to the static root'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function serverWithPair(staticDir?: string): Promise<{ t: TestServer; pair: WellBehavedPair; id: string; viewToken: string }> {
  const t = await startServer({ maxBodyBytes: MAX_BODY }, undefined, staticDir)
  cleanups.push(() => t.stop())
  const doc = await createDocument(t.url)
  const pair = await startWellBehavedPair(t.port, doc.id, doc.tokens.edit)
  cleanups.push(() => pair.destroy())
  return { t, pair, id: doc.id, viewToken: doc.tokens.view }
}

/** Sends every request in turn on its own connection; the status of each answer. Then the server must still serve. */
async function answers(t: TestServer, requests: Record<string, string>): Promise<Record<string, number | 'no response'>> {
  const statuses: Record<string, number | 'no response'> = {}
  for (const [what, request] of Object.entries(requests)) statuses[what] = (await rawHttp(t.port, request))?.status ?? 'no response'
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200)
  return statuses
}

async function expectPairIntact(t: TestServer, pair: WellBehavedPair, id: string, viewToken: string): Promise<void> {
  await pair.stillSyncs('after malformed requests')
  await pair.settle()
  const fresh = await connectSynced(t.port, id, viewToken)
  pair.expectHeldBy(fresh.doc)
  fresh.destroy()
}

const HEAD = 'Host: 127.0.0.1\r\nConnection: close\r\n'
const post = (path: string, type: string, body: string) =>
  `POST ${path} HTTP/1.1\r\n${HEAD}Content-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
const upgrade = (target: string, token = 'A'.repeat(43), key = 'dGhlIHNhbXBsZSBub25jZQ==') =>
  `GET ${target} HTTP/1.1\r\n${HEAD.replace('close', 'Upgrade')}Upgrade: websocket\r\nSec-WebSocket-Key: ${key}\r\n` +
  `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: pepdraft.token.${token}\r\n\r\n`

describe('malformed HTTP', () => {
  it('answers broken requests, bodies and paths with a clear 4xx, never a 500, and keeps serving', async () => {
    const { t, pair, id, viewToken } = await serverWithPair()
    const statuses = await answers(t, {
      'a garbage request line': 'GARBAGE\r\n\r\n',
      'an unknown HTTP version': `GET /healthz HTTP/7.1\r\n${HEAD}\r\n`,
      'a header line without a colon': `GET /healthz HTTP/1.1\r\n${HEAD}no colon here\r\n\r\n`,
      'a control character in a header value': `GET /api/documents/${id} HTTP/1.1\r\n${HEAD}Authorization: Bearer \x01\x02\r\n\r\n`,
      '32 KiB of headers': `GET /healthz HTTP/1.1\r\n${HEAD}X-Padding: ${'a'.repeat(32 * 1024)}\r\n\r\n`,
      'a 32 KiB URL': `GET /api/${'a'.repeat(32 * 1024)} HTTP/1.1\r\n${HEAD}\r\n`,
      'an unparseable absolute URL': `GET http://[ HTTP/1.1\r\n${HEAD}\r\n`,
      'a non-numeric Content-Length': `POST /api/documents HTTP/1.1\r\n${HEAD}Content-Length: abc\r\n\r\n`,
      'Content-Length and chunked at once': `POST /api/documents HTTP/1.1\r\n${HEAD}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}`,
      'a broken chunk size':
        `POST /api/documents HTTP/1.1\r\n${HEAD}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n`,
      'invalid JSON': post('/api/documents', 'application/json', '{"template": '),
      'a JSON array': post('/api/documents', 'application/json', '[1, 2, 3]'),
      'a body over maxBodyBytes': post('/api/documents', 'application/json', JSON.stringify({ template: 'x'.repeat(MAX_BODY) })),
      'a form instead of JSON': post('/api/documents', 'application/x-www-form-urlencoded', 'template=standards-track'),
      'an unknown API route': `GET /api/nothing/here HTTP/1.1\r\n${HEAD}\r\n`,
      'a method the route does not allow': `DELETE /api/documents HTTP/1.1\r\n${HEAD}\r\n`,
      'malformed percent-encoding in a document id': `GET /api/documents/%E0%A4%A/check HTTP/1.1\r\n${HEAD}\r\n`,
      'an encoded traversal as a document id': `GET /api/documents/..%2F..%2Fetc%2Fpasswd/export.rst HTTP/1.1\r\n${HEAD}\r\n`,
      'an unknown page without a built client': `GET /no/such/page HTTP/1.1\r\n${HEAD}\r\n`,
      'an upgrade to an unparseable URL': upgrade('http://['),
      'an upgrade outside /collab': upgrade('/elsewhere'),
      'an upgrade with malformed percent-encoding': upgrade('/collab/%E0%A4%A'),
      'an upgrade with a bad Sec-WebSocket-Key': upgrade(`/collab/${id}`, viewToken, 'not-a-key'),
    })
    expect(statuses).toEqual({
      'a garbage request line': 400,
      'an unknown HTTP version': 400,
      'a header line without a colon': 400,
      'a control character in a header value': 400,
      '32 KiB of headers': 431,
      'a 32 KiB URL': 431,
      'an unparseable absolute URL': 400,
      'a non-numeric Content-Length': 400,
      'Content-Length and chunked at once': 400,
      'a broken chunk size': 400,
      'invalid JSON': 400,
      'a JSON array': 400,
      'a body over maxBodyBytes': 413,
      'a form instead of JSON': 415,
      'an unknown API route': 404,
      'a method the route does not allow': 405,
      'malformed percent-encoding in a document id': 400,
      'an encoded traversal as a document id': 400,
      'an unknown page without a built client': 404,
      'an upgrade to an unparseable URL': 400,
      'an upgrade outside /collab': 404,
      'an upgrade with malformed percent-encoding': 400,
      'an upgrade with a bad Sec-WebSocket-Key': 400,
    })
    expect(t.logs).toEqual([])
    await expectPairIntact(t, pair, id, viewToken)
  })

  it('refuses path traversal on the static server, literal or encoded, with 400 and never serves a file outside its root', async () => {
    const base = mkdtempSync(join(tmpdir(), 'pepdraft-static-'))
    cleanups.push(() => rmSync(base, { recursive: true, force: true }))
    const root = join(base, 'client')
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>pepdraft</title>')
    writeFileSync(join(root, 'assets', 'app.js'), 'export {}')
    writeFileSync(join(base, 'secret.txt'), SECRET)
    const { t, pair, id, viewToken } = await serverWithPair(root)
    const probes = [
      '/../secret.txt',
      '/../../etc/passwd',
      '/client/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/.%2e/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      `/${'..%2f'.repeat(12)}etc/passwd`,
      '/..\\secret.txt',
      '/%5c..%5csecret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
    ]
    const harmless = { '/': 'index', [`/d/${id}`]: 'index', '//etc/passwd': 'index', '/%252e%252e/secret.txt': 'index', '/assets/app.js': 'app' }
    const responses = new Map<string, RawResponse | undefined>()
    for (const target of [...probes, ...Object.keys(harmless)]) responses.set(target, await rawGet(t.port, target))
    for (const [target, response] of responses) {
      expect(response?.body, target).not.toContain(SECRET)
      expect(response?.body, target).not.toMatch(/root:/)
    }
    expect(Object.fromEntries(probes.map((p) => [p, responses.get(p)?.status]))).toEqual(Object.fromEntries(probes.map((p) => [p, 400])))
    for (const [target, what] of Object.entries(harmless)) {
      expect(responses.get(target)?.status, target).toBe(200)
      expect(responses.get(target)?.body, target).toContain(what === 'index' ? '<title>pepdraft</title>' : 'export {}')
    }
    expect((await rawHttp(t.port, `POST / HTTP/1.1\r\n${HEAD}Content-Length: 0\r\n\r\n`))?.status).toBe(405)
    expect(t.logs).toEqual([])
    await expectPairIntact(t, pair, id, viewToken)
  })
})
