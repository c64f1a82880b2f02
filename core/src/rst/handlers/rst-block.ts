import type { Handler } from '../state.js'
import type { RstBlockNode } from '../tree.js'

/**
 * Imported source written back verbatim: it was valid where it stood, and its container indents
 * it as the original was indented, so docutils reads the same elements. Never wrapped or escaped.
 */
export const rstBlock: Handler<RstBlockNode> = (node) => node.text
