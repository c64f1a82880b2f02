import { safe } from '../safe.js'
import type { Handler } from '../state.js'
import type { StrongNode } from '../tree.js'

/** PEP-RULES.md §3: `**strong**`. */
export const strong: Handler<StrongNode> = (node) => `**${safe(node.value, { where: 'markup' })}**`
