import { hasHazard, safe } from '../safe.js'
import type { Handler } from '../state.js'
import type { LiteralNode } from '../tree.js'

/**
 * PEP-RULES.md §3: ``` ``literal`` ```. A literal has no escapes, so one that contains ` `` `
 * or starts or ends with a backtick (row `literal-backticks`) is written as the `:literal:`
 * role, whose content takes backslash escapes (PEP-RULES.md §4, last row).
 */
export const literal: Handler<LiteralNode> = (node) => {
  const value = safe(node.value, { where: 'literal' })
  if (!hasHazard(value, 'literal')) return `\`\`${value}\`\``
  return `:literal:\`${safe(node.value, { where: 'roleText' })}\``
}
