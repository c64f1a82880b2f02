import { afterEach, describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import { connectSynced, eventually, rawSocket } from '../../helpers/clients.js'
import { SYNC_STEP_1_PROBE, isSyncStep2, updateFrame } from '../../helpers/frames.js'
import { createDocument, startServer } from '../../helpers/server.js'
import { docWithClientId, startWellBehavedPair } from '../../helpers/well-behaved-pair.js'

const LIMIT = 64 * 1024

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A valid y-websocket update frame of exactly `size` bytes: one text insert into `big-<label>`. */
function updateFrameOfSize(size: number, label: string, clientId: number): Uint8Array {
  const frameFor = (length: number) => {
    const doc = docWithClientId(clientId)
    doc.getText(`big-${label}`).insert(0, 'p'.repeat(length))
    return updateFrame(doc)
  }
  // Around 64 KiB every length prefix keeps its width, so frame size grows one for one with the text.
  const overhead = frameFor(size - 100).length - (size - 100)
  const frame = frameFor(size - overhead)
  if (frame.length !== size) throw new Error(`built a ${frame.length}-byte frame, wanted ${size}`)
  return frame
}

/** 'open' when the server still answers on the socket after `send`, else the close code. */
async function sendAndSee(ws: WebSocket, send: (ws: WebSocket) => void): Promise<number | 'open'> {
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
  send(ws)
  ws.send(SYNC_STEP_1_PROBE)
  const answered = new Promise<'open'>((resolve) => ws.on('message', (d: Buffer) => isSyncStep2(d) && resolve('open')))
  const outcome = await Promise.race([closed, answered])
  if (outcome === 'open') ws.close()
  return outcome
}

describe('frames at and over maxPayloadBytes', () => {
  it('applies frames of exactly the limit, closes frames one byte over it with 1009, and keeps the good clients whole', async () => {
    let t = await startServer({ maxPayloadBytes: LIMIT })
    cleanups.push(() => t.stop())
    const doc = await createDocument(t.url)
    const pair = await startWellBehavedPair(t.port, doc.id, doc.tokens.edit)
    cleanups.push(() => pair.destroy())
    const open = () => rawSocket(t.port, `/collab/${doc.id}`, [`pepdraft.token.${doc.tokens.edit}`])
    const cases: [string, (ws: WebSocket) => void, number | 'open'][] = [
      ['an update one byte under the limit', (ws) => ws.send(updateFrameOfSize(LIMIT - 1, 'under', 901)), 'open'],
      ['an update of exactly the limit', (ws) => ws.send(updateFrameOfSize(LIMIT, 'at', 902)), 'open'],
      ['an update one byte over the limit', (ws) => ws.send(updateFrameOfSize(LIMIT + 1, 'over', 903)), 1009],
      ['garbage of exactly the limit', (ws) => ws.send(new Uint8Array(LIMIT).fill(0x07)), 1002],
      ['garbage one byte over the limit', (ws) => ws.send(new Uint8Array(LIMIT + 1).fill(0x07)), 1009],
      ['four times the limit', (ws) => ws.send(new Uint8Array(4 * LIMIT)), 1009],
      ['an exact-limit update in two fragments', (ws) => sendFragmented(ws, updateFrameOfSize(LIMIT, 'fragments', 904)), 'open'],
      ['fragments adding up to one byte over', (ws) => sendFragmented(ws, updateFrameOfSize(LIMIT + 1, 'fragments-over', 905)), 1009],
    ]
    const outcomes: Record<string, number | 'open'> = {}
    for (const [what, send] of cases) outcomes[what] = await sendAndSee(await open(), send)
    expect(outcomes).toEqual(Object.fromEntries(cases.map(([what, , expected]) => [what, expected])))

    await pair.stillSyncs('after oversized frames')
    const applied = ['under', 'at', 'fragments'].map((label) => `big-${label}`)
    await eventually(() => applied.every((name) => pair.b.doc.getText(name).length > LIMIT - 100), 'accepted updates to reach the pair')
    for (const name of ['big-over', 'big-fragments-over']) expect(pair.a.doc.getText(name).length).toBe(0)
    await pair.settle()
    t = await t.restart()
    const reloaded = await connectSynced(t.port, doc.id, doc.tokens.view)
    cleanups.push(() => reloaded.destroy())
    pair.expectHeldBy(reloaded.doc)
  })
})

/** One message sent as two WebSocket fragments: `ws` enforces maxPayload on the whole message. */
function sendFragmented(ws: WebSocket, frame: Uint8Array): void {
  const half = Math.floor(frame.length / 2)
  ws.send(frame.subarray(0, half), { fin: false })
  ws.send(frame.subarray(half), { fin: true })
}
