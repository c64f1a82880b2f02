import type { DocNode, ImportReportItem, Preamble } from '@pepdraft/core'
// The parser fromMarkdown uses, so the test reads the same tree (not part of core's public API).
import { parseMarkdown } from '../../../core/src/markdown/mdast.js'

/** Words as runs of letters and digits: punctuation and markup characters never count. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Words of `expected` that `actual` lacks, counted as a multiset. */
export function missingWords(expected: string, actual: string): string[] {
  const counts = new Map<string, number>()
  for (const word of wordsOf(actual)) counts.set(word, (counts.get(word) ?? 0) + 1)
  const missing: string[] = []
  for (const word of wordsOf(expected)) {
    const left = counts.get(word) ?? 0
    if (left > 0) counts.set(word, left - 1)
    else missing.push(word)
  }
  return missing
}

/** Flow containers: their children are blocks, written on lines of their own. */
const FLOW = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'table', 'tableRow'])

interface MdastLike {
  type: string
  value?: string
  alt?: string | null
  url?: string
  children?: MdastLike[]
}

/**
 * The text of the Markdown as mdast has it: `text`, `inlineCode` and `code` values, raw HTML and
 * image alt text (or URL) as the import keeps them. Front matter and definitions are not text.
 */
export function markdownText(markdown: string): string {
  const visit = (node: MdastLike): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
      case 'html':
        return node.value ?? ''
      case 'image':
        return node.alt || node.url || ''
      case 'imageReference':
        return node.alt ?? ''
      case 'break':
        return ' '
      case 'yaml':
      case 'definition':
        return ''
      default:
        return (node.children ?? []).map(visit).join(FLOW.has(node.type) ? '\n' : '')
    }
  }
  return visit(parseMarkdown(markdown) as MdastLike)
}

/** The text of a document: textblocks' text, one block a line (footnote labels are not text). */
export function documentText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'footnoteReference') return ''
  const inline = ['paragraph', 'heading', 'codeBlock'].includes(node.type)
  return (node.content ?? []).map(documentText).join(inline ? '' : '\n')
}

/** The preamble as `Key: value` lines. */
export function preambleText(preamble: Preamble): string {
  return Object.entries(preamble)
    .map(([key, value]) => {
      const parts = Array.isArray(value) ? value.flatMap((v) => Object.values(v as Record<string, string>)) : [String(value)]
      return `${key}: ${parts.join(' ')}`
    })
    .join('\n')
}

/** What the report says was left out. */
export function droppedText(items: readonly ImportReportItem[]): string {
  return items.map((item) => item.dropped ?? '').join('\n')
}
