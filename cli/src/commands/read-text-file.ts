import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Io } from '../io.js'

/** A file's text as UTF-8, or `undefined` once `command` has printed why it cannot be read. */
export async function readTextFile(file: string, io: Io, command: string): Promise<string | undefined> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(resolve(io.cwd, file))
  } catch (err) {
    io.err(`pepdraft ${command}: cannot read ${file}: ${errorCode(err)}\n`)
    return undefined
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    io.err(`pepdraft ${command}: cannot read ${file}: it is not UTF-8 text; save it as UTF-8 and try again\n`)
    return undefined
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
}

/** `no such file (ENOENT)` rather than Node's whole message with the absolute path. */
export function errorCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  if (!code) return String(err)
  return FILE_ERRORS[code] ? `${FILE_ERRORS[code]} (${code})` : code
}
