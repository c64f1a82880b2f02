import { readFileSync } from 'node:fs'
import { writeContent } from '@pepdraft/core'
import * as Y from 'yjs'
import { documentFromRst, largestPep, PEPS_DIR } from './pep-document.js'
import { MiB, rssBytes, sleep, waitFor } from './proc-stats.js'
import { type BenchServer, spawnOurs, spawnReference } from './servers.js'
import type { Row, Suite } from './suite.js'

/** Documents loaded per server: enough that RSS growth dwarfs GC noise, few enough to load in seconds. */
const DOCUMENTS = 30

/**
 * Server memory per loaded PEP-sized document: the largest published PEP written with `writeContent`
 * into a Y.Doc, sent as one update into each of N rooms by a client that stays connected; a second
 * client confirms the server relays it (so it is loaded). RSS growth / N, for ours and the reference.
 */
export const docMemorySuite: Suite = {
  name: 'doc-memory',
  async run() {
    const pep = largestPep()
    const source = new Y.Doc()
    writeContent(source, documentFromRst(readFileSync(new URL(pep.file, PEPS_DIR), 'utf8')).doc)
    const update = Y.encodeStateAsUpdate(source)
    const ours = await perDocument(spawnOurs, update)
    const reference = await perDocument(spawnReference, update)
    const row = (name: string, r: { perDoc: number; before: number; after: number }): Row => ({
      suite: 'doc-memory',
      case: `${name}: RSS per loaded ${pep.file} (${DOCUMENTS} docs)`,
      note: `${(r.perDoc / MiB).toFixed(2)} MiB per document ((${(r.after / MiB).toFixed(0)} − ${(r.before / MiB).toFixed(0)} MiB) / ${DOCUMENTS}); update ${(update.byteLength / 1024).toFixed(0)} KiB; 1 client each`,
    })
    return [
      row('pepdraft', ours),
      row('@y/websocket-server', reference),
      { suite: 'doc-memory', case: 'ratio pepdraft / reference', note: `${(ours.perDoc / reference.perDoc).toFixed(2)}×` },
    ]
  },
}

async function perDocument(spawn: () => Promise<BenchServer>, update: Uint8Array) {
  const server = await spawn()
  const open: { doc: Y.Doc; destroy(): void }[] = []
  const connect = async (room: string) => {
    const doc = new Y.Doc()
    const provider = server.connect(room, doc)
    const client = { doc, destroy: () => (provider.destroy(), doc.destroy()) }
    open.push(client)
    if (!(await waitFor(() => provider.synced, 20_000))) throw new Error(`${server.name}: no sync`)
    return client
  }
  try {
    process.stderr.write(`bench: doc-memory on ${server.name}…\n`)
    await sleep(500)
    const before = rssBytes(server.pid)
    for (let i = 0; i < DOCUMENTS; i++) {
      const room = await server.newRoom(`memory-${i}`)
      const writer = await connect(room)
      const observer = await connect(room)
      Y.applyUpdate(writer.doc, update)
      const loaded = () => observer.doc.getXmlFragment('content').length >= blockCount(writer.doc)
      if (!(await waitFor(loaded, 20_000))) throw new Error(`${server.name}: document ${i} not relayed`)
      observer.destroy()
      open.splice(open.indexOf(observer), 1)
    }
    await sleep(1500)
    const after = rssBytes(server.pid)
    return { before, after, perDoc: (after - before) / DOCUMENTS }
  } finally {
    for (const client of open) client.destroy()
    await server.stop()
  }
}

const blockCount = (doc: Y.Doc) => doc.getXmlFragment('content').length
