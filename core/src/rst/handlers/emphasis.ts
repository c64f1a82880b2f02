import { safe } from '../safe.js'
import type { Handler } from '../state.js'
import type { EmphasisNode } from '../tree.js'

/** PEP-RULES.md §3: `*emphasis*`. */
export const emphasis: Handler<EmphasisNode> = (node) => `*${safe(node.value, { where: 'markup' })}*`
