import { crc32 } from 'node:zlib'

/** One logged update: it belongs at `seq` in `room`'s stored updates. */
export interface LogEntry {
  room: string
  seq: number
  update: Uint8Array
}

/**
 * Frame layout, all integers big-endian:
 *   u32 body length · u32 CRC-32 of the body · body
 *   body = u16 room length · room (utf8) · u48 seq · update bytes
 * A kill mid-write or a power cut can leave a torn last frame; the CRC (and the length running past
 * the end of the file) tells it apart from a complete one, and `decodeFrames` stops there.
 */
const HEADER_BYTES = 8
const SEQ_BYTES = 6
/** Larger than any frame we write (`maxPayload` is far smaller): a bigger length is garbage. */
const MAX_BODY_BYTES = 256 * 1024 * 1024

export function encodeFrame(entry: LogEntry): Buffer {
  const room = Buffer.from(entry.room, 'utf8')
  const bodyLength = 2 + room.length + SEQ_BYTES + entry.update.length
  const frame = Buffer.allocUnsafe(HEADER_BYTES + bodyLength)
  frame.writeUInt32BE(bodyLength, 0)
  let at = HEADER_BYTES
  at = frame.writeUInt16BE(room.length, at)
  at += room.copy(frame, at)
  at = frame.writeUIntBE(entry.seq, at, SEQ_BYTES)
  frame.set(entry.update, at)
  frame.writeUInt32BE(crc32(frame.subarray(HEADER_BYTES)), 4)
  return frame
}

/** The complete frames at the start of `bytes`, and how many bytes they span (the rest is a torn tail). */
export function decodeFrames(bytes: Uint8Array): { entries: LogEntry[]; validBytes: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries: LogEntry[] = []
  let at = 0
  while (at + HEADER_BYTES <= buf.length) {
    const bodyLength = buf.readUInt32BE(at)
    const bodyStart = at + HEADER_BYTES
    if (bodyLength < 2 + SEQ_BYTES || bodyLength > MAX_BODY_BYTES || bodyStart + bodyLength > buf.length) break
    const body = buf.subarray(bodyStart, bodyStart + bodyLength)
    if (crc32(body) !== buf.readUInt32BE(at + 4)) break
    const roomLength = body.readUInt16BE(0)
    if (2 + roomLength + SEQ_BYTES > bodyLength) break
    const room = body.toString('utf8', 2, 2 + roomLength)
    const seq = body.readUIntBE(2 + roomLength, SEQ_BYTES)
    entries.push({ room, seq, update: new Uint8Array(body.subarray(2 + roomLength + SEQ_BYTES)) })
    at = bodyStart + bodyLength
  }
  return { entries, validBytes: at }
}
