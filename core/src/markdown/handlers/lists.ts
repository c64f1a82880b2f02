import type { List, ListItem } from 'mdast'
import type { DocNode } from '../../document/json.js'
import { excerpt, type Handler, report } from '../context.js'
import { plainText } from '../inline.js'

/**
 * CommonMark §5.2–5.3: bullet and ordered lists (an ordered list keeps its start number; its
 * delimiter `.` or `)` and looseness have no meaning in a PEP).
 */
export const list: Handler<List> = (node, ctx) => {
  const items = node.children.flatMap((child) => ctx.blocks([child], ctx))
  if (!node.ordered) return [{ type: 'bulletList', content: items }]
  return [{ type: 'orderedList', attrs: { start: node.start ?? 1 }, content: items }]
}

/**
 * A list item holds blocks, and the schema wants a paragraph first (`paragraph block*`): an item
 * opening with a code block or a nested list gets an empty paragraph before it. GFM task list
 * items keep their text; the checkbox has no PEP form and is reported.
 */
export const listItem: Handler<ListItem> = (node, ctx) => {
  const content = ctx.blocks(node.children, { ...ctx, topLevel: false })
  if (typeof node.checked === 'boolean') {
    report(
      ctx,
      'task-list-item',
      `The task list checkbox [${node.checked ? 'x' : ' '}] of “${excerpt(plainText(content[0]?.content))}” was left out: PEPs have no checkboxes.`,
      node,
    )
  }
  const first = content[0]
  const blocks: DocNode[] = first?.type === 'paragraph' ? content : [{ type: 'paragraph' }, ...content]
  return [{ type: 'listItem', content: blocks }]
}
