import type { DocNode } from '../document/json.js'
import type { Preamble } from '../preamble/fields.js'

export interface RstImportWarning {
  code: string
  message: string
  /** 1-based line in the source. */
  line: number
}

export interface RstImport {
  preamble: Preamble
  doc: DocNode
  /** What was kept as opaque RST (rstBlock/rstInline) or changed, for the user to review. */
  warnings: RstImportWarning[]
}

/**
 * A published PEP's `.rst` as our preamble and document: everything the schema holds maps to its
 * nodes; everything else is kept as `rstBlock`/`rstInline` source, so export gives it back.
 * Deterministic; never throws on any string (a bug aside).
 */
export function importRst(source: string): RstImport {
  // Placeholder until the parser lands: the whole body as one opaque block.
  return {
    preamble: {},
    doc: { type: 'doc', content: [{ type: 'rstBlock', content: source === '' ? [] : [{ type: 'text', text: source }] }] },
    warnings: [],
  }
}
