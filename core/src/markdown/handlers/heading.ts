import type { Heading } from 'mdast'
import { HEADING_LEVELS } from '../../schema/nodes/heading.js'
import type { DocNode } from '../../document/json.js'
import { excerpt, type Handler, lineOf, report } from '../context.js'
import { paragraph, plainText } from '../inline.js'
import { markedContext } from './phrasing.js'

const DEEPEST = HEADING_LEVELS[HEADING_LEVELS.length - 1] as number

/**
 * CommonMark §4.2–4.3 headings become sections. The Markdown depth, less the shift worked out from
 * the whole document (leading.ts), is the section level; PEP 12 has three levels, so a
 * deeper heading is kept as a level-3 heading (it stays a heading, in order, findable in the
 * outline) and reported.
 */
export const heading: Handler<Heading> = (node, ctx) => {
  if (!ctx.topLevel) {
    // docutils: a section title inside a body element is "Unexpected section title".
    const content = ctx.inlines(node.children, markedContext(ctx, { type: 'bold' }, node))
    report(ctx, 'heading-nested', `The heading “${excerpt(plainText(content))}” inside a list, quote or footnote became a bold paragraph.`, node)
    return content.length > 0 ? [paragraph(content)] : []
  }
  const content = ctx.inlines(node.children, ctx)
  const wanted = Math.max(1, node.depth - ctx.state.headingShift)
  if (wanted > DEEPEST) {
    report(
      ctx,
      'heading-too-deep',
      `The ${'#'.repeat(node.depth)} heading “${excerpt(plainText(content))}” is level ${wanted}; PEPs have ${DEEPEST} levels, so it is kept at level ${DEEPEST}.`,
      node,
    )
  }
  const level = Math.min(wanted, DEEPEST)
  const inline = paragraph(content).content
  const result: DocNode = inline ? { type: 'heading', attrs: { level }, content: inline } : { type: 'heading', attrs: { level } }
  const line = lineOf(node)
  if (line !== undefined) ctx.state.lines.set(result, line)
  return [result]
}
