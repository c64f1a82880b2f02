import { indent } from '../indent.js'
import type { Handler } from '../state.js'
import type { AdmonitionNode } from '../tree.js'

/** PEP-RULES.md §3: `.. note::` and `.. warning::`, content indented like a code block's. */
export const admonition: Handler<AdmonitionNode> = (node, state) =>
  `.. ${node.kind}::\n\n${indent(state.blocks(node.children, state.width - 4), 4)}`
