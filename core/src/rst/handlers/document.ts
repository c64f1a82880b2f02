import type { Handler } from '../state.js'
import type { DocumentNode } from '../tree.js'

/**
 * The file: preamble first (PEP-RULES.md §1: it starts with `PEP: `), a blank line, the body.
 * PEP 12's template puts two blank lines before the first heading, as before every heading.
 */
export const document: Handler<DocumentNode> = (node, state) => {
  const preamble = state.one(node.preamble)
  const body = state.blocks(node.children, state.width)
  if (body === '') return preamble
  const gap = node.children[0]?.type === 'heading' ? '\n\n\n' : '\n\n'
  return preamble + gap + body
}
