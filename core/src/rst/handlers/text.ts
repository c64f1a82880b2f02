import { safe } from '../safe.js'
import type { Handler } from '../state.js'
import type { TextNode } from '../tree.js'

/** Running text, escaped by the `text` rows of the UNSAFE table in the context of its neighbours. */
export const text: Handler<TextNode> = (node, _state, around) => safe(node.value, { where: 'text', ...around })
