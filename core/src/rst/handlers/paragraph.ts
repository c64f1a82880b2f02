import type { Handler } from '../state.js'
import type { ParagraphNode } from '../tree.js'

/** PEP 12: paragraphs are not indented and wrap at column 79. */
export const paragraph: Handler<ParagraphNode> = (node, state) => state.lines(node.children, state.width, true).join('\n')
