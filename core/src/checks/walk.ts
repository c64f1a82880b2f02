import type { DocNode } from '../document/json.js'

export type Visitor = (node: DocNode, path: number[], parent: DocNode) => void

/** Visits every node below `doc` depth-first, with its index path from `doc.content`. */
export function walk(doc: DocNode, visit: Visitor): void {
  const visitChildren = (parent: DocNode, prefix: number[]): void => {
    const children = Array.isArray(parent.content) ? parent.content : []
    children.forEach((child, i) => {
      if (typeof child !== 'object' || child === null) return
      const path = [...prefix, i]
      visit(child, path, parent)
      visitChildren(child, path)
    })
  }
  visitChildren(doc, [])
}

/** All the text under `node`, concatenated (footnote references read as `[label]`). */
export function nodeText(node: DocNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === 'footnoteReference') return `[${String(node.attrs?.label ?? '')}]`
  // Imported source a reader sees rendered (a role, a reference): its text counts as content.
  if (node.type === 'rstInline') return typeof node.attrs?.source === 'string' ? node.attrs.source : ''
  return (Array.isArray(node.content) ? node.content : []).map(nodeText).join(node.type === 'doc' ? '\n' : '')
}

/** Whether any of `nodes` holds something a reader would see: non-blank text or a footnote reference. */
export function hasContent(nodes: readonly DocNode[]): boolean {
  return nodes.some((node) => node.type !== 'heading' && nodeText(node).trim() !== '')
}

/** Title text normalised for comparison: trimmed, single spaces, lower case (PEP-RULES §2). */
export function normalizeTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase()
}
