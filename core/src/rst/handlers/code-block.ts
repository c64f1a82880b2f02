import { indent } from '../indent.js'
import type { Handler } from '../state.js'
import type { CodeBlockNode } from '../tree.js'

/** PEP 12: `.. code-block:: <language>`, a blank line, the code indented 4 spaces. */
export const codeBlock: Handler<CodeBlockNode> = (node) => `.. code-block:: ${node.language}\n\n${indent(node.code, 4)}`
