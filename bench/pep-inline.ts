import type { DocMark, DocNode } from '@pepdraft/core'

/**
 * reStructuredText inline markup → text nodes with marks, for the benchmark document only:
 * ``literal``, **strong**, *emphasis*, `text <url>`__ links and :role:`x` (kept as code).
 * Everything else stays text. Not an importer: good enough to give toRst realistic marks.
 */
const INLINE = /``(.+?)``|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|`([^`<]+?)\s*<([^>`]+)>`__?|:[\w:.-]+:`([^`]+)`/g

export function inlineContent(text: string): DocNode[] {
  const nodes: DocNode[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(textNode(text.slice(last, index)))
    const [, literal, strong, emphasis, linkText, href, role] = match
    if (literal !== undefined) nodes.push(textNode(literal, [{ type: 'code' }]))
    else if (strong !== undefined) nodes.push(textNode(strong, [{ type: 'bold' }]))
    else if (emphasis !== undefined) nodes.push(textNode(emphasis, [{ type: 'italic' }]))
    else if (linkText !== undefined) nodes.push(textNode(linkText, [{ type: 'link', attrs: { href } }]))
    else if (role !== undefined) nodes.push(textNode(role, [{ type: 'code' }]))
    last = index + match[0].length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)))
  return nodes.filter((node) => node.text !== '')
}

function textNode(text: string, marks?: DocMark[]): DocNode {
  return marks ? { type: 'text', text, marks } : { type: 'text', text }
}
