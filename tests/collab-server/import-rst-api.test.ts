import { readFileSync } from 'node:fs'
import { checkRstFile, type DocNode, formatPepDate, importRst, pepSchema, readContent, readPreamble } from '@pepdraft/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectSynced } from '../helpers/clients.js'
import { checkWithDocutils, describeProblems, isClean } from '../helpers/docutils.js'
import { type TestServer, startServer } from '../helpers/server.js'

const PEP_744 = readFileSync(new URL('../fixtures/peps/pep-0744.rst', import.meta.url), 'utf8')

let t: TestServer
beforeAll(async () => {
  // A worker's start-up can take seconds on a loaded machine.
  t = await startServer({ importTimeoutMs: 15_000, maxRstBytes: 256 * 1024 })
})
afterAll(() => t.stop())

const post = (body: object, url = t.url) =>
  fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

interface Created {
  id: string
  template: string
  tokens: { edit: string; view: string }
  report: { items: { code: string; message: string; line?: number }[] }
}

/** The document as the schema reads it: Yjs stores every attribute, the importer only those it sets. */
const normalized = (doc: DocNode) => pepSchema().nodeFromJSON(doc).toJSON() as DocNode

async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const { error } = (await res.json()) as { error: { code: string; message: string } }
  return { status: res.status, ...error }
}

describe('POST /api/documents with rst', () => {
  it('seeds a published PEP with its own preamble and text, in the template its Type names, and reports the importer’s warnings', async () => {
    const expected = importRst(PEP_744)
    const res = await post({ rst: PEP_744 })
    expect(res.status).toBe(201)
    const created = (await res.json()) as Created
    expect(created.template).toBe('informational')
    expect(created.report.items).toEqual(expected.warnings)

    const client = await connectSynced(t.port, created.id, created.tokens.view)
    // Exactly the file's headers: no template default (Discussions-To: Pending) and no new Created date.
    expect(readPreamble(client.doc)).toEqual(expected.preamble)
    expect(readPreamble(client.doc)).toMatchObject({ PEP: '744', Title: 'JIT Compilation', Type: 'Informational', Created: '11-Apr-2024' })
    // The imported text replaces the template's sections: nothing of the template is left behind.
    expect(normalized(readContent(client.doc))).toEqual(normalized(expected.doc))
    client.destroy()
  })

  it('exports the imported PEP as reStructuredText that docutils and our file checks accept and that imports back to the same document', async () => {
    const created = (await (await post({ rst: PEP_744 })).json()) as Created
    const res = await fetch(`${t.url}/api/documents/${created.id}/export.rst`, { headers: { authorization: `Bearer ${created.tokens.view}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="pep-0744.rst"')
    const rst = await res.text()
    const [result] = checkWithDocutils([{ name: 'pep-0744.rst', rst }])
    expect(isClean(result!), describeProblems(result!)).toBe(true)
    expect(checkRstFile(rst, { today: new Date() }).filter((p) => p.severity === 'error')).toEqual([])
    const original = importRst(PEP_744)
    const again = importRst(rst)
    expect(again.preamble).toEqual(original.preamble)
    expect(again.doc).toEqual(original.doc)
  })

  it('uses a template the request names, noting when the file’s Type says otherwise', async () => {
    const res = await post({ rst: PEP_744, template: 'standards-track' })
    expect(res.status).toBe(201)
    const created = (await res.json()) as Created
    expect(created.template).toBe('standards-track')
    expect(created.report.items[0]).toMatchObject({ code: 'type-differs-from-template', line: 1 })
    expect(created.report.items[0]!.message).toContain('Type: Informational')
  })

  it('imports a file without a PEP preamble as a draft on the template’s preamble, and says so', async () => {
    const res = await post({ rst: 'Motivation\n==========\n\nJust some notes, no headers.\n' })
    expect(res.status).toBe(201)
    const created = (await res.json()) as Created
    expect(created.template).toBe('standards-track')
    expect(created.report.items[0]).toMatchObject({ code: 'preamble-missing', line: 1 })
    const client = await connectSynced(t.port, created.id, created.tokens.view)
    expect(readPreamble(client.doc)).toMatchObject({ Status: 'Draft', Type: 'Standards Track', Created: formatPepDate(new Date()) })
    expect(JSON.stringify(readContent(client.doc))).toContain('Just some notes, no headers.')
    client.destroy()
  })

  it('refuses a non-string, an empty file, both sources at once and an unknown template with 400, and a file over the limit with 413', async () => {
    expect(await errorOf(await post({ rst: 42 }))).toMatchObject({ status: 400, code: 'invalid_rst' })
    expect(await errorOf(await post({ rst: ' \n\n' }))).toMatchObject({ status: 400, code: 'empty_rst', message: 'the reStructuredText file is empty' })
    expect(await errorOf(await post({ rst: PEP_744, markdown: '## Abstract' }))).toMatchObject({ status: 400, code: 'conflicting_sources' })
    expect(await errorOf(await post({ rst: PEP_744, template: 'nope' }))).toMatchObject({ status: 400, code: 'unknown_template' })
    const large = await errorOf(await post({ rst: `PEP: 1\n\n${'x'.repeat(257 * 1024)}\n` }))
    expect(large).toEqual({ status: 413, code: 'rst_too_large', message: 'the reStructuredText file is larger than 256 KiB' })
  })
})

describe('hostile reStructuredText', () => {
  it('imports or refuses a file built to be slow to parse, with the server answering others meanwhile', async () => {
    // Deep indentation, unclosed inline markup and endless nested lists: the shapes that make
    // hand-written RST parsers superlinear. Whatever the importer makes of it, it runs in a worker.
    const deep = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i % 100)}- *a \`\`b :ref:\`c |d_ [#e]_`).join('\n')
    const hostile = `PEP: 9999\nTitle: Hostile\n\n${deep}\n${'`'.repeat(20_000)}\n${'.. '.repeat(20_000)}\n`
    const started = Date.now()
    const importing = post({ rst: hostile })
    const health = await fetch(`${t.url}/healthz`)
    expect(health.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(4000)
    const res = await importing
    expect([201, 422]).toContain(res.status)
    // The server keeps serving: the next import goes through.
    expect((await post({ rst: PEP_744 })).status).toBe(201)
  })

  it('stops an import that outlives the time limit with 422 rst_timeout and keeps serving', async () => {
    // A limit shorter than a worker's start-up: every import times out, deterministically.
    const strict = await startServer({ importTimeoutMs: 1 })
    try {
      const res = await post({ rst: PEP_744 }, strict.url)
      expect(res.status).toBe(422)
      const error = await errorOf(res)
      expect(error.code).toBe('rst_timeout')
      expect(error.message).toBe('the reStructuredText import took longer than 1 ms; the file may be malformed; check it with docutils')
      expect((await fetch(`${strict.url}/healthz`)).status).toBe(200)
      expect((await post({ template: 'process' }, strict.url)).status).toBe(201)
    } finally {
      await strict.stop()
    }
  })
})
