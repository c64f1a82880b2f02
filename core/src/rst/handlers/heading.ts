import { displayWidth } from '../display-width.js'
import type { Handler } from '../state.js'
import type { HeadingNode } from '../tree.js'

/** PEP 12: level 1 `=`, level 2 `-`, level 3 `'`. */
const ADORNMENT = { 1: '=', 2: '-', 3: "'" } as const

/**
 * A section title, underlined. PEP 12: the underline is at least as long as the title, minimum 4;
 * docutils measures the title as `column_width()` (wide characters count 2), backslashes included.
 */
export const heading: Handler<HeadingNode> = (node, state) => {
  const [title = ''] = state.lines(node.children, Infinity, false)
  return `${title}\n${ADORNMENT[node.level].repeat(Math.max(4, displayWidth(title)))}`
}
