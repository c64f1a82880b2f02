import { safe } from '../safe.js'
import type { Handler } from '../state.js'
import type { RoleNode } from '../tree.js'

/** PEP-RULES.md §1: links to PEPs and RFCs are written ``:pep:`8` `` and ``:rfc:`2822` ``. */
export const role: Handler<RoleNode> = (node) => `:${node.name}:\`${safe(node.target, { where: 'roleText' })}\``
