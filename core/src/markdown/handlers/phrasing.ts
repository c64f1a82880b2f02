import type { Break, Delete, Emphasis, InlineCode, Nodes, Strong, Text } from 'mdast'
import type { DocMark, DocNode } from '../../document/json.js'
import { type Context, excerpt, type Handler, report } from '../context.js'
import { textNodes } from '../inline.js'
import { withMark } from '../marks.js'

export const text: Handler<Text> = (node, ctx) => textNodes(node.value, ctx)

/** The context inside a mark; reports when the schema's exclusions drop one. */
export function markedContext(ctx: Context, mark: DocMark, where: Nodes, keep: 'new' | 'old' = 'new'): Context {
  const { marks, excluded } = withMark(ctx.marks, mark, keep)
  if (excluded.length > 0) {
    const lost = excluded.map((name) => (name === 'code' ? 'inline code' : name)).join(' and ')
    const value = 'value' in where ? where.value : ''
    report(
      ctx,
      'mark-excluded',
      `docutils cannot nest inline markup: ${value ? `“${excerpt(value)}” ` : ''}loses its ${lost} formatting.`,
      where,
    )
  }
  return { ...ctx, marks }
}

/** CommonMark §6.2: `*a*` and `_a_`. */
export const emphasis: Handler<Emphasis> = (node, ctx) => ctx.inlines(node.children, markedContext(ctx, { type: 'italic' }, node))

/** CommonMark §6.2: `**a**` and `__a__`. */
export const strong: Handler<Strong> = (node, ctx) => ctx.inlines(node.children, markedContext(ctx, { type: 'bold' }, node))

/**
 * CommonMark §6.1. A literal excludes bold, italic and link in the schema: inside a link the link
 * wins (its URL is content), elsewhere the literal wins; either way the loss is reported.
 */
export const inlineCode: Handler<InlineCode> = (node, ctx) => {
  const insideLink = ctx.marks.some((mark) => mark.type === 'link')
  return textNodes(node.value, markedContext(ctx, { type: 'code' }, node, insideLink ? 'old' : 'new'))
}

/** GFM strikethrough: reStructuredText has no such markup, so the text stays and the mark goes. */
export const strikethrough: Handler<Delete> = (node, ctx) => {
  const nodes = ctx.inlines(node.children, ctx)
  report(ctx, 'strikethrough', `Strikethrough is not supported in a PEP; “${excerpt(textOf(nodes))}” is kept as plain text.`, node)
  return nodes
}

/** CommonMark §6.7: a hard line break has no place in a PEP paragraph; it becomes a space. */
export const hardBreak: Handler<Break> = (node, ctx) => {
  report(ctx, 'hard-break', 'A hard line break became a space (a PEP paragraph has no line breaks).', node)
  return textNodes(' ', ctx)
}

function textOf(nodes: readonly DocNode[]): string {
  return nodes.map((n) => n.text ?? '').join('')
}
