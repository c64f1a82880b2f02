import type { DocNode } from '../document/json.js'
import type { Preamble } from '../preamble/fields.js'
import { documentFromDoc } from './from-doc.js'
import { toString } from './to-string.js'
import { createWarningSink, type RstWarning } from './warnings.js'

export interface RstResult {
  /** The PEP source: UTF-8 text, LF line ends, one final newline, no tabs, no trailing spaces. */
  rst: string
  /** What was changed or dropped to make docutils read the file without a warning. */
  warnings: RstWarning[]
}

/**
 * A document and its preamble as a PEP in reStructuredText, in two stages: document → RST tree
 * (every decision, with warnings), tree → text (layout and escaping). Deterministic.
 */
export function toRst(doc: DocNode, preamble: Preamble): RstResult {
  const sink = createWarningSink()
  const tree = documentFromDoc(doc, preamble, sink)
  return { rst: toString(tree), warnings: sink.warnings }
}
