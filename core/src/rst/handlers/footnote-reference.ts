import type { Handler } from '../state.js'
import type { FootnoteReferenceNode } from '../tree.js'

/** PEP 12: `[#label]_`, an auto-numbered footnote reference (labels are reference names already). */
export const footnoteReference: Handler<FootnoteReferenceNode> = (node) => `[#${node.label}]_`
