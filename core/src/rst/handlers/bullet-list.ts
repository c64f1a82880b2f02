import type { Handler } from '../state.js'
import type { BulletListNode } from '../tree.js'
import { listItems } from './list-items.js'

/** PEP 12: `-` bullets (at every depth: docutils nests by indentation, not by marker). */
export const bulletList: Handler<BulletListNode> = (node, state) =>
  listItems(node.items.map(() => '- '), node.items, state)
