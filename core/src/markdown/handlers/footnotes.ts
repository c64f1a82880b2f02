import type { FootnoteDefinition, FootnoteReference } from 'mdast'
import type { DocNode } from '../../document/json.js'
import { excerpt, type Handler, lineOf, report } from '../context.js'
import { paragraph, plainText } from '../inline.js'

/** GFM footnote calls `[^label]` become footnote references (`[#label]_` on export). */
export const footnoteReference: Handler<FootnoteReference> = (node) => [
  { type: 'footnoteReference', attrs: { label: node.label ?? node.identifier } },
]

/**
 * GFM footnote definitions become footnote nodes, collected for the Footnotes section (PEP 12
 * defines footnotes there, wherever the Markdown wrote them). A footnote holds paragraphs only:
 * a list, quote, table or code block inside one is flattened into paragraphs and reported.
 */
export const footnoteDefinition: Handler<FootnoteDefinition> = (node, ctx) => {
  const blocks = ctx.blocks(node.children, { ...ctx, topLevel: false })
  const paragraphs = blocks.flatMap(paragraphsOf)
  if (blocks.some((block) => block.type !== 'paragraph')) {
    report(
      ctx,
      'footnote-flattened',
      `Footnote [^${node.label ?? node.identifier}] held more than paragraphs; “${excerpt(paragraphs.map((p) => plainText(p.content)).join(' '))}” was flattened into paragraphs.`,
      node,
    )
  }
  const content = paragraphs.filter((p) => p.content !== undefined)
  const footnote: DocNode = {
    type: 'footnote',
    attrs: { label: node.label ?? node.identifier },
    content: content.length > 0 ? content : [{ type: 'paragraph' }],
  }
  const line = lineOf(node)
  if (line !== undefined) ctx.state.lines.set(footnote, line)
  ctx.state.footnotes.push(footnote)
  return []
}

/** The paragraphs of a block: textblocks as they are, code as inline literal, containers opened. */
function paragraphsOf(block: DocNode): DocNode[] {
  if (block.type === 'paragraph') return [block]
  if (block.type === 'heading') return [paragraph(block.content ?? [])]
  if (block.type === 'codeBlock') {
    return (block.content ?? []).map((text) => paragraph([{ type: 'text', text: (text.text ?? '').replace(/\n/g, ' '), marks: [{ type: 'code' }] }]))
  }
  return (block.content ?? []).flatMap(paragraphsOf)
}
