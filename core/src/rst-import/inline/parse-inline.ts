import type { DocMark, DocNode } from '../../document/json.js'
import { escapeToNull } from './escapes.js'
import type { InlineContext, InlineToken } from './inline-context.js'
import { scanInline } from './scan-inline.js'

/**
 * reStructuredText inline text (docutils 0.19 inline markup rules) as ProseMirror inline content:
 * text with bold, italic, code and link marks, `footnoteReference` nodes, and `rstInline` nodes
 * holding, verbatim, every construct the schema cannot (other roles, named references,
 * substitutions, citations…). Standalone URIs, email addresses and "PEP 8"/"RFC 2822" stay plain
 * text: docutils recognises them again in the exported text. Never throws.
 */
export function parseInline(text: string, ctx: InlineContext): DocNode[] {
  const { flat, lineAt } = joinLines(text)
  const tokens = scanInline(flat, escapeToNull(flat), ctx)
  const nodes: DocNode[] = []
  for (const token of tokens) {
    const node = toDocNode(token, ctx, (offset) => ctx.line + lineAt(offset))
    const last = nodes[nodes.length - 1]
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      nodes[nodes.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` }
    } else nodes.push(node)
  }
  const content = nodes.filter((node) => node.type !== 'text' || node.text !== '')
  // Only escapes (a lone `\`): docutils still makes a paragraph of it, empty text would not.
  if (content.length === 0 && flat.trim() !== '') return [rawNode(flat.trim(), 'text that is only escapes', ctx, ctx.line)]
  return content
}

/**
 * Line breaks inside a paragraph are spaces to docutils (a trailing backslash escapes one, which
 * removes it: `\ ` does the same). Returns the text on one line and, for an offset in it, how
 * many lines below the first it was.
 */
function joinLines(text: string): { flat: string; lineAt: (offset: number) => number } {
  let flat = ''
  let last = 0
  const starts: number[] = []
  for (const match of text.matchAll(/[ \t]*\r?\n[ \t]*/g)) {
    flat += `${text.slice(last, match.index)} `
    starts.push(flat.length)
    last = match.index + match[0].length
  }
  flat += text.slice(last)
  // docutils strips a text block's lines; an escaped space at the end stays (and vanishes later).
  const leading = /^\s*/u.exec(flat)?.[0].length ?? 0
  flat = flat.slice(leading).replace(/(?<!\\)\s+$/u, '')
  return { flat, lineAt: (offset) => starts.filter((start) => start <= offset + leading).length }
}
function toDocNode(token: InlineToken, ctx: InlineContext, lineOf: (offset: number) => number): DocNode {
  switch (token.kind) {
    case 'text':
      return { type: 'text', text: token.text }
    case 'mark':
      return { type: 'text', text: token.text, marks: [{ type: token.mark }] }
    case 'link':
      return { type: 'text', text: token.text, marks: [{ type: 'link', attrs: { href: token.href } }] }
    case 'footnote':
      if (!ctx.footnotes || ctx.footnotes.has(token.label.toLowerCase())) return { type: 'footnoteReference', attrs: { label: token.label } }
      return rawNode(`[#${token.label}]_`, 'footnote reference without an imported footnote', ctx, ctx.line)
    case 'raw':
      return rawNode(token.source, token.why, ctx, lineOf(token.offset))
  }
}

function rawNode(source: string, why: string, ctx: InlineContext, line: number): DocNode {
  ctx.warn('rst-inline', `Kept as reStructuredText source (${why}): ${source}`, line)
  return { type: 'rstInline', attrs: { source } }
}

function sameMarks(a: readonly DocMark[] | undefined, b: readonly DocMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? [])
}
