import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

/** y-websocket message types (first varuint of every frame). */
export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
export const MESSAGE_AUTH = 2
export const MESSAGE_QUERY_AWARENESS = 3

/** What an incoming frame asks the room to do; the protocol itself knows nothing about sockets. */
export type FrameResult =
  | { kind: 'reply'; message: Uint8Array }
  | { kind: 'applied' }
  | { kind: 'dropped'; reason: string }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'ignored' }

export class MalformedFrameError extends Error {
  override name = 'MalformedFrameError'
}

/**
 * Decodes one frame from a client and applies what it may apply.
 * `canWrite` false: sync-step-2 and update frames (`[0,1]`, `[0,2]`) are dropped, never applied,
 * so a tampered read-only client cannot change the document (DESIGN.md, roles).
 */
export function handleFrame(doc: Y.Doc, frame: Uint8Array, canWrite: boolean, origin: unknown): FrameResult {
  try {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    switch (type) {
      case MESSAGE_SYNC:
        return handleSync(doc, decoder, canWrite, origin)
      case MESSAGE_AWARENESS:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) }
      case MESSAGE_AUTH:
        return { kind: 'ignored' }
      case MESSAGE_QUERY_AWARENESS:
        return { kind: 'query-awareness' }
      default:
        throw new MalformedFrameError(`unknown message type ${type}`)
    }
  } catch (err) {
    if (err instanceof MalformedFrameError) throw err
    throw new MalformedFrameError(err instanceof Error ? err.message : String(err))
  }
}

function handleSync(doc: Y.Doc, decoder: decoding.Decoder, canWrite: boolean, origin: unknown): FrameResult {
  const syncType = decoding.readVarUint(decoder)
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1: {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.writeSyncStep2(encoder, doc, decoding.readVarUint8Array(decoder))
      return { kind: 'reply', message: encoding.toUint8Array(encoder) }
    }
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate: {
      const update = decoding.readVarUint8Array(decoder)
      if (!canWrite) return { kind: 'dropped', reason: 'read-only role' }
      Y.applyUpdate(doc, update, origin)
      return { kind: 'applied' }
    }
    default:
      throw new MalformedFrameError(`unknown sync message type ${syncType}`)
  }
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(encoder)
}
