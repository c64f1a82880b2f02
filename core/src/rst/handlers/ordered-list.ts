import type { Handler } from '../state.js'
import type { OrderedListNode } from '../tree.js'
import { listItems } from './list-items.js'

/** PEP 12: `1.` numbering, counting up from the list's start. */
export const orderedList: Handler<OrderedListNode> = (node, state) =>
  listItems(node.items.map((_, i) => `${node.start + i}. `), node.items, state)
