import { type FileProblem, fileError } from './file-problem.js'

export interface DecodedRstFile {
  /** The text, with any invalid byte replaced by U+FFFD so the other checks can still run. */
  text: string
  /** `file.encoding.utf8` when the bytes are not UTF-8. */
  problems: FileProblem[]
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })
const LF = 0x0a

/**
 * PEP 12 and python/peps: a PEP is UTF-8 (check-peps reads it with `encoding="utf-8"`, Sphinx
 * with `source_encoding = "utf-8"`). Reads the bytes of a file; invalid UTF-8 is reported on the
 * line of the first bad byte. The BOM, if any, is kept for `checkRstFile` to report.
 */
export function decodeRstBytes(bytes: Uint8Array): DecodedRstFile {
  try {
    return { text: strict.decode(bytes), problems: [] }
  } catch {
    const offset = firstInvalidByte(bytes)
    let line = 1
    for (let i = 0; i < offset; i++) if (bytes[i] === LF) line++
    const byte = bytes[offset]?.toString(16).padStart(2, '0') ?? '??'
    return {
      text: lenient.decode(bytes),
      problems: [
        fileError(
          'file.encoding.utf8',
          line,
          `The file is not UTF-8 (byte 0x${byte} at offset ${offset} starts no valid character): PEP 12 requires UTF-8. Re-save the file as UTF-8.`,
        ),
      ],
    }
  }
}

/** The offset of the first byte that does not start (or continue) a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i)
    if (length === 0) return i
    i += length
  }
  return bytes.length
}

/** The length of the valid UTF-8 sequence at `i` (RFC 3629 table), or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!
  if (b0 < 0x80) return 1
  const [length, low, high] =
    b0 >= 0xc2 && b0 <= 0xdf
      ? [2, 0x80, 0xbf]
      : b0 === 0xe0
        ? [3, 0xa0, 0xbf]
        : b0 === 0xed
          ? [3, 0x80, 0x9f]
          : b0 >= 0xe1 && b0 <= 0xef
            ? [3, 0x80, 0xbf]
            : b0 === 0xf0
              ? [4, 0x90, 0xbf]
              : b0 >= 0xf1 && b0 <= 0xf3
                ? [4, 0x80, 0xbf]
                : b0 === 0xf4
                  ? [4, 0x80, 0x8f]
                  : [0, 0, 0]
  if (length === 0) return 0
  const b1 = bytes[i + 1]
  if (b1 === undefined || b1 < low || b1 > high) return 0
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k]
    if (b === undefined || b < 0x80 || b > 0xbf) return 0
  }
  return length
}
