import type { DocNode } from '../document/json.js'
import { footnoteLabel } from '../rst/footnote-labels.js'

/**
 * Export resolves `[#label]_` only against footnotes of the document; a reference to a footnote
 * kept as source (numbered, anonymous, renamed) would be dropped, so it is kept as source too.
 * docutils matches labels case-insensitively and export writes the footnote's label, so a
 * resolved reference takes that label (`[#github]_` to `.. [#GitHub]`), as a re-import reads it.
 */
export function keepUnresolvedFootnoteReferences(node: DocNode, labels: ReadonlyMap<string, string>): DocNode {
  if (node.type === 'footnoteReference') {
    const label = typeof node.attrs?.label === 'string' ? node.attrs.label : ''
    const written = labels.get(footnoteLabel(label).toLowerCase())
    if (written === undefined) return { type: 'rstInline', attrs: { source: `[#${label}]_` } }
    return written === label ? node : { ...node, attrs: { ...node.attrs, label: written } }
  }
  if (!node.content) return node
  return { ...node, content: node.content.map((child) => keepUnresolvedFootnoteReferences(child, labels)) }
}
