import { indent } from '../indent.js'
import type { Handler } from '../state.js'
import type { FootnoteNode } from '../tree.js'

/**
 * PEP 12: `.. [#label] text`, continuation indented 3. docutils measures the body's indentation
 * from its second line on (`get_first_known_indented`), so the body starts on the marker's line
 * only when it starts with a paragraph and some later line sits at the body's 3 columns; a body
 * that starts with a list or a directive, or whose later lines are all deeper (a quote after a
 * one-line paragraph), starts on the next line instead, keeping its own indentation intact.
 */
export const footnote: Handler<FootnoteNode> = (node, state) => {
  const marker = `.. [#${node.label}]`
  const body = indent(state.blocks(node.children, state.width - 3), 3)
  if (body === '') return marker
  const rest = body.split('\n').slice(1)
  const sameLine = node.children[0]?.type === 'paragraph' && (rest.length === 0 || rest.some((line) => /^ {3}\S/.test(line)))
  return sameLine ? `${marker} ${body.slice(3)}` : `${marker}\n${body}`
}
