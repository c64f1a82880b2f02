import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { eventually } from './clients.js'
import { docWithClientId } from './well-behaved-pair.js'

/** y-websocket's outer message type for sync frames. */
const MESSAGE_SYNC = 0

/** A valid sync step 1 with an empty state vector: a served connection answers it with sync step 2. */
export const SYNC_STEP_1_PROBE = new Uint8Array([MESSAGE_SYNC, syncProtocol.messageYjsSyncStep1, 1, 0])

export function isSyncStep2(data: Uint8Array): boolean {
  return data[0] === MESSAGE_SYNC && data[1] === syncProtocol.messageYjsSyncStep2
}

/** The update frame a provider would send for everything in `doc`. */
export function updateFrame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc))
  return encoding.toUint8Array(encoder)
}

/**
 * Records every frame a real y-websocket provider sends while it syncs existing content, edits
 * (text with formatting, XML elements, map keys, deletions) and shares presence: sync step 1 and
 * 2, update and awareness frames, as valid seeds for mutation. Deterministic for a given client id
 * (frames are returned sorted), whatever the server holds.
 */
export async function captureProviderFrames(port: number, room: string, token: string, clientId: number): Promise<Uint8Array[]> {
  const sent: Uint8Array[] = []
  class RecordingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols)
      const send = this.send.bind(this) as (data: unknown) => void
      this.send = ((data: unknown) => {
        if (data instanceof Uint8Array) sent.push(Uint8Array.from(data))
        send(data)
      }) as WebSocket['send']
    }
  }
  const doc = docWithClientId(clientId)
  writeOffline(doc)
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/collab`, room, doc, {
    WebSocketPolyfill: RecordingWebSocket as unknown as typeof globalThis.WebSocket,
    protocols: [`pepdraft.token.${token}`],
    disableBc: true,
  })
  await eventually(() => provider.synced, 'the donor to sync', 10_000)
  editOnline(doc)
  provider.awareness.setLocalStateField('user', { name: 'Fuzz Donor', color: '#884488' })
  provider.awareness.setLocalStateField('cursor', { anchor: 3, head: 9 })
  await eventually(() => provider.ws?.bufferedAmount === 0, 'the donor to send everything')
  provider.destroy()
  doc.destroy()
  const unique = new Map(sent.map((frame) => [Buffer.from(frame).toString('hex'), frame]))
  return [...unique.keys()].sort().map((key) => unique.get(key)!)
}

/** Content the provider holds before it connects: its sync step 2 carries it. */
function writeOffline(doc: Y.Doc): void {
  const text = doc.getText('donor-text')
  text.insert(0, 'Abstract: fuzzing the collaboration server ✓')
  text.format(0, 8, { bold: true })
  const fragment = doc.getXmlFragment('donor-xml')
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('Rationale')])
  fragment.insert(0, [paragraph])
  doc.getMap('donor-map').set('Title', 'A donor PEP')
}

/** Edits once connected: each transaction becomes one update frame. */
function editOnline(doc: Y.Doc): void {
  const text = doc.getText('donor-text')
  text.insert(text.length, ' and more')
  text.delete(2, 5)
  text.format(3, 4, { italic: true })
  doc.getMap('donor-map').set('Status', 'Draft')
  doc.getMap('donor-map').delete('Title')
  doc.getArray<number>('donor-array').push([1, 2, 3])
  doc.getArray<number>('donor-array').delete(1, 1)
  const fragment = doc.getXmlFragment('donor-xml')
  const heading = new Y.XmlElement('heading')
  heading.setAttribute('level', '2')
  heading.insert(0, [new Y.XmlText('Specification')])
  fragment.insert(1, [heading])
}
