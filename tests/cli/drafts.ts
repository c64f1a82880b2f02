import { type Preamble, writePreamble } from '@pepdraft/core'
import type * as Y from 'yjs'
import { connectSynced } from '../helpers/clients.js'
import { type CreatedDocument, createDocument, type TestServer } from '../helpers/server.js'

/** A preamble every check accepts, so a strict export succeeds. */
export const READY_PREAMBLE: Preamble = {
  PEP: '812',
  Title: 'A Command Line Test',
  Author: [{ name: 'Ada Lovelace', email: 'ada@example.com' }],
}

/** Writes text into the first empty paragraph after each heading, as an author would. */
function fillEverySection(ydoc: Y.Doc): void {
  const fragment = ydoc.getXmlFragment('content')
  ydoc.transact(() => {
    const blocks = fragment.toArray() as Y.XmlElement[]
    blocks.forEach((block, i) => {
      const heading = blocks[i - 1]
      if (block.nodeName !== 'paragraph' || block.toString() !== '<paragraph></paragraph>' || !heading) return
      const title = heading.toArray().map((x) => (x as Y.XmlText).toString()).join('')
      ;(block.get(0) as Y.XmlText).insert(0, `What the ${title} section says, with *stars* and trailing_ underscores.`)
    })
  })
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
