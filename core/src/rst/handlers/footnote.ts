import { indent } from '../indent.js'
import type { Handler } from '../state.js'
import type { FootnoteNode } from '../tree.js'

/**
 * PEP 12: `.. [#label] text`, continuation indented 3. docutils measures the body's indentation
 * from its second line, so a body that does not start with a paragraph (a list, a directive)
 * starts on the next line instead, keeping its own indentation intact.
 */
export const footnote: Handler<FootnoteNode> = (node, state) => {
  const marker = `.. [#${node.label}]`
  const body = indent(state.blocks(node.children, state.width - 3), 3)
  if (body === '') return marker
  return node.children[0]?.type === 'paragraph' ? `${marker} ${body.slice(3)}` : `${marker}\n${body}`
}
