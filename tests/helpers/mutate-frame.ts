import * as encoding from 'lib0/encoding'
import type { SeededRandom } from './seeded-random.js'

type Mutation = (frame: Uint8Array, random: SeededRandom, corpus: readonly Uint8Array[]) => Uint8Array

const splice = (frame: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array =>
  Uint8Array.from([...frame.subarray(0, at), ...insert, ...frame.subarray(at + remove)])

/** One commented row per way a frame goes wrong on the wire or in a buggy client. */
const MUTATIONS: Record<string, Mutation> = {
  // A bit error: lengths, type tags, client ids and clocks become nearby wrong values.
  flipBits: (frame, random) => {
    const out = Uint8Array.from(frame)
    for (let i = random.between(1, 4); i > 0 && out.length > 0; i--) out[random.int(out.length)]! ^= 1 << random.int(8)
    return out
  },
  // A byte replaced outright: any value where a varuint, a content ref or a string byte was.
  setByte: (frame, random) => {
    const out = Uint8Array.from(frame)
    if (out.length > 0) out[random.int(out.length)] = random.int(256)
    return out
  },
  // Bytes inserted: every later field is read out of alignment.
  insertBytes: (frame, random) => splice(frame, random.int(frame.length + 1), 0, random.bytes(random.between(1, 8))),
  // Bytes deleted: lengths now point past the end, or into the next field.
  deleteBytes: (frame, random) => splice(frame, random.int(frame.length + 1), random.between(1, 8), new Uint8Array()),
  // A frame cut short, as a buggy client sending a partial buffer would.
  truncate: (frame, random) => frame.subarray(0, random.int(frame.length)),
  // A slice repeated: duplicated structs, delete-set ranges or awareness entries.
  duplicateSlice: (frame, random) => {
    const from = random.int(frame.length + 1)
    const slice = frame.subarray(from, from + random.between(1, 32))
    return splice(frame, random.int(frame.length + 1), 0, slice)
  },
  // The head of one valid frame on the tail of another.
  crossOver: (frame, random, corpus) => {
    const other = random.pick(corpus)
    return Uint8Array.from([...frame.subarray(0, random.int(frame.length + 1)), ...other.subarray(random.int(other.length + 1))])
  },
  // A huge or boundary varuint where a small one was: lengths and counts that ask for the moon.
  bigVarUint: (frame, random) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, random.pick([0x7f, 0x80, 0x3fff, 0x4000, 0xffff_ffff, Number.MAX_SAFE_INTEGER]))
    return splice(frame, random.int(frame.length + 1), random.int(3), encoding.toUint8Array(encoder))
  },
}

/** A seeded mutation (sometimes two) of a valid frame from `corpus`; now and then random bytes or the frame intact. */
export function fuzzFrame(random: SeededRandom, corpus: readonly Uint8Array[]): Uint8Array {
  if (random.chance(0.1)) return random.bytes(random.int(48))
  if (random.chance(0.1)) return random.pick(corpus)
  const names = Object.keys(MUTATIONS)
  let frame = random.pick(corpus)
  for (let i = random.chance(0.3) ? 2 : 1; i > 0; i--) frame = MUTATIONS[random.pick(names)]!(frame, random, corpus)
  return frame
}
