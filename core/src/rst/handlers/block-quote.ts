import { indent } from '../indent.js'
import type { Handler } from '../state.js'
import type { BlockQuoteNode } from '../tree.js'

/** PEP 12: block quotes are indented 4 spaces. */
export const blockQuote: Handler<BlockQuoteNode> = (node, state) => indent(state.blocks(node.children, state.width - 4), 4)
