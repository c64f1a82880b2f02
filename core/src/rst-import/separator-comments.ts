import type { DocNode } from '../document/json.js'
import { needsSeparator, type SeparatedBlock } from '../rst/join.js'
import type { ImportContext } from './import-context.js'

/**
 * Empty comments (`..`) where export writes one by itself (`needsSeparator`: before a block quote
 * after a list, between two bullet lists…) are dropped, so a re-imported export gives the same
 * document; docutils renders them as nothing. Any other empty comment stays as source.
 */
export function dropSeparatorComments(content: readonly DocNode[], ctx: ImportContext): DocNode[] {
  const kept: DocNode[] = []
  content.forEach((node, i) => {
    const line = ctx.emptyComments.get(node)
    if (line === undefined) {
      kept.push(node.content ? { ...node, content: dropSeparatorComments(node.content, ctx) } : node)
      return
    }
    const previous = kept.length > 0 ? asExported(kept[kept.length - 1]!) : undefined
    const next = content[i + 1] && asExported(content[i + 1]!)
    if (next && previous !== null && needsSeparator(previous, next)) return
    ctx.warn('kept-as-rst', 'Comment kept as reStructuredText source.', line)
    kept.push(node)
  })
  return kept
}

/** The block export makes of `node`, as far as `needsSeparator` looks; null when unknown. */
function asExported(node: DocNode): SeparatedBlock | null {
  switch (node.type) {
    case 'blockquote':
      return { type: 'blockQuote' }
    case 'rstBlock':
      return { type: 'rstBlock', text: (node.content ?? []).map((child) => child.text ?? '').join('') }
    case 'orderedList': {
      const start = Number(node.attrs?.start)
      return { type: 'orderedList', start: Number.isInteger(start) && start >= 0 ? start : 1, items: node.content ?? [] }
    }
    case 'paragraph':
    case 'heading':
    case 'bulletList':
    case 'codeBlock':
    case 'table':
    case 'admonition':
    case 'footnote':
      return { type: node.type }
    default:
      return null
  }
}
