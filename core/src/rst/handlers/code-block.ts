import { indent } from '../indent.js'
import type { Handler } from '../state.js'
import type { CodeBlockNode } from '../tree.js'

/**
 * PEP 12: `.. code-block:: <language>`, a blank line, the code indented 4 spaces. Without a
 * language, a literal block: PEP-RULES.md §3 allows a paragraph of `::` (docutils drops it),
 * and Sphinx highlights it as Python, the python/peps default.
 */
export const codeBlock: Handler<CodeBlockNode> = (node) => {
  const marker = node.language === null ? '::' : `.. code-block:: ${node.language}`
  return `${marker}\n\n${indent(node.code, 4)}`
}
