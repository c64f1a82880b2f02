import type { DocNode } from '../document/json.js'
import { footnoteLabel } from '../rst/footnote-labels.js'

/**
 * Export resolves `[#label]_` only against footnotes of the document; a reference to a footnote
 * kept as source (numbered, anonymous, renamed) would be dropped, so it is kept as source too.
 */
export function keepUnresolvedFootnoteReferences(node: DocNode, labels: ReadonlySet<string>): DocNode {
  if (node.type === 'footnoteReference') {
    const label = typeof node.attrs?.label === 'string' ? node.attrs.label : ''
    if (labels.has(footnoteLabel(label).toLowerCase())) return node
    return { type: 'rstInline', attrs: { source: `[#${label}]_` } }
  }
  if (!node.content) return node
  return { ...node, content: node.content.map((child) => keepUnresolvedFootnoteReferences(child, labels)) }
}
