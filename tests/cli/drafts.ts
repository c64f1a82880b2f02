import { type Preamble, writePreamble } from '@pepdraft/core'
import { connectSynced } from '../helpers/clients.js'
import { fillEverySection } from '../helpers/drafts.js'
import { type CreatedDocument, createDocument, type TestServer } from '../helpers/server.js'

/** A preamble every check accepts, so a strict export succeeds. */
export const READY_PREAMBLE: Preamble = {
  PEP: '812',
  Title: 'A Command Line Test',
  Author: [{ name: 'Ada Lovelace', email: 'ada@example.com' }],
}

/**
 * A document filled through a real y-websocket client (preamble and every section), returned
 * once the server's export shows it, so the CLI sees the finished draft.
 */
export async function createReadyDraft(t: TestServer): Promise<CreatedDocument> {
  const doc = await createDocument(t.url)
  const editor = await connectSynced(t.port, doc.id, doc.tokens.edit)
  writePreamble(editor.doc, READY_PREAMBLE)
  fillEverySection(editor.doc)
  try {
    for (let i = 0; i < 250; i++) {
      const res = await fetch(`${t.url}/api/documents/${doc.id}/export.rst?strict=1`, {
        headers: { authorization: `Bearer ${doc.tokens.view}` },
      })
      if (res.status === 200 && (await res.text()).includes('What the Abstract section says')) return doc
      await new Promise((r) => setTimeout(r, 20))
    }
    throw new Error(`draft ${doc.id} did not become ready for a strict export within 5 s`)
  } finally {
    editor.destroy()
  }
}
