import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawSocket } from '../helpers/clients.js'
import { type TestServer, createDocument, startServer } from '../helpers/server.js'

let t: TestServer
beforeAll(async () => {
  t = await startServer()
})
afterAll(() => t.stop())

describe('WebSocket compression', () => {
  // ws's client offers permessage-deflate by default, as browsers do; accepting it would cost
  // ~240 KiB of zlib state per connection (collab.ts).
  it('is not negotiated even when the client offers permessage-deflate', async () => {
    const doc = await createDocument(t.url)
    const ws = await rawSocket(t.port, `/collab/${doc.id}`, [`pepdraft.token.${doc.tokens.edit}`])
    try {
      expect(ws.extensions).toBe('')
    } finally {
      ws.terminate()
    }
  })
})
