import { importRst, toRst } from '@pepdraft/core'
import { opaqueShare } from './opaque-share.js'

/** One PEP through our importer and exporter: the re-exported text, or where it crashed. */
export type RoundTrip =
  | { name: string; original: string; exported: string; crash?: undefined; /** See opaqueShare. */ opaque?: number }
  | { name: string; original: string; exported?: undefined; crash: { stage: 'import' | 'export'; message: string; at: string } }

/**
 * `importRst` then `toRst`. A throw in either is a crash, kept with its message and the top
 * stack frame so the report says where, and the batch goes on.
 */
export function roundTrip(name: string, original: string): RoundTrip {
  let stage: 'import' | 'export' = 'import'
  try {
    const { doc, preamble } = importRst(original)
    stage = 'export'
    return { name, original, exported: toRst(doc, preamble).rst, opaque: opaqueShare(doc) }
  } catch (error) {
    return { name, original, crash: { stage, message: messageOf(error), at: stackTop(error) } }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

function stackTop(error: unknown): string {
  const frame = error instanceof Error ? error.stack?.split('\n').find((line) => line.trim().startsWith('at ')) : undefined
  return frame?.trim().replace(/^at /, '') ?? ''
}
