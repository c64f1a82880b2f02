import type { DocNode } from '@pepdraft/core'

/**
 * The share of an imported document's text held as RST source (`rstBlock` text, `rstInline`
 * source) rather than in schema nodes: 0 when everything became editable nodes, 1 when the body
 * was kept whole. A round trip of opaque source is identical by construction, so the corpus
 * report shows this next to the identical count.
 */
export function opaqueShare(doc: DocNode): number {
  const count = { opaque: 0, all: 0 }
  walk(doc, count)
  return count.all === 0 ? 0 : count.opaque / count.all
}

function walk(node: DocNode, count: { opaque: number; all: number }): void {
  if (node.type === 'rstBlock') {
    const length = (node.content ?? []).reduce((sum, child) => sum + (child.text?.length ?? 0), 0)
    count.opaque += length
    count.all += length
    return
  }
  if (node.type === 'rstInline') {
    const length = String(node.attrs?.source ?? '').length
    count.opaque += length
    count.all += length
    return
  }
  count.all += node.text?.length ?? 0
  for (const child of node.content ?? []) walk(child, count)
}
