import type { DocNode } from '../document/json.js'
import type { Context } from './context.js'
import { sameMarks } from './marks.js'

/** Node types that live inside a textblock rather than beside blocks. */
const INLINE_TYPES = new Set(['text', 'footnoteReference'])

export function isInline(node: DocNode): boolean {
  return INLINE_TYPES.has(node.type)
}

/**
 * A text node carrying the marks around it. CommonMark §6.7: a soft line break renders as a line
 * ending or a space, so it becomes a space; ProseMirror admits no empty text node.
 */
export function textNodes(text: string, ctx: Context): DocNode[] {
  const value = text.replace(/\r\n?|\n/g, ' ')
  if (value === '') return []
  return [ctx.marks.length > 0 ? { type: 'text', text: value, marks: [...ctx.marks] } : { type: 'text', text: value }]
}

/** Adjacent text nodes with the same marks become one, as ProseMirror itself would store them. */
export function mergeText(nodes: readonly DocNode[]): DocNode[] {
  const merged: DocNode[] = []
  for (const node of nodes) {
    const last = merged[merged.length - 1]
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      merged[merged.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` }
    } else merged.push(node)
  }
  return merged
}

export function paragraph(content: readonly DocNode[]): DocNode {
  const inlines = mergeText(content)
  return inlines.length > 0 ? { type: 'paragraph', content: inlines } : { type: 'paragraph' }
}

/**
 * Flow content may hand back inline nodes (a block of raw HTML kept as text): each run of them
 * becomes one paragraph, so the result is blocks only.
 */
export function wrapInlines(nodes: readonly DocNode[]): DocNode[] {
  const blocks: DocNode[] = []
  let run: DocNode[] = []
  const flush = () => {
    if (run.length > 0) blocks.push(paragraph(run))
    run = []
  }
  for (const node of nodes) {
    if (isInline(node)) run.push(node)
    else {
      flush()
      blocks.push(node)
    }
  }
  flush()
  return blocks
}

/** The plain text of document nodes (footnote references as `[label]`). */
export function plainText(nodes: readonly DocNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) =>
      node.type === 'text' ? (node.text ?? '') : node.type === 'footnoteReference' ? `[${String(node.attrs?.label ?? '')}]` : plainText(node.content),
    )
    .join('')
}
