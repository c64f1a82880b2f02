import type { Blockquote, Code, Html, Paragraph, ThematicBreak, Yaml } from 'mdast'
import { excerpt, type Handler, report, sourceOf } from '../context.js'
import { paragraph, textNodes } from '../inline.js'

/** CommonMark §4.8. A paragraph left with no inline content (only a definition, say) is dropped. */
export const paragraphHandler: Handler<Paragraph> = (node, ctx) => {
  const content = ctx.inlines(node.children, ctx)
  return content.length > 0 ? [paragraph(content)] : []
}

/** CommonMark §5.1. The schema wants at least one block inside a quote. */
export const blockquote: Handler<Blockquote> = (node, ctx) => {
  const content = ctx.blocks(node.children, { ...ctx, topLevel: false })
  return [{ type: 'blockquote', content: content.length > 0 ? content : [{ type: 'paragraph' }] }]
}

/** HackMD's line-number and wrap options glued to the language: `python=`, `python=101`, `python=+`, `python!`. */
const HACKMD_OPTIONS = /^(.+?)(=\d*\+?|!)$/

/**
 * CommonMark §4.4–4.5. A fenced block keeps its info string's first word as the language (the
 * exporter maps it onto a Pygments name); an indented block has none. The rest of the info string
 * (GFM "meta" such as `title="x"`, HackMD's `=` line numbers) has no place in a PEP.
 */
export const code: Handler<Code> = (node, ctx) => {
  const hackmd = node.lang ? HACKMD_OPTIONS.exec(node.lang) : null
  const options = [hackmd?.[2], node.meta].filter(Boolean).join(' ')
  if (options) report(ctx, 'code-meta', `The code block options “${excerpt(options)}” after the language were left out.`, node, options)
  const attrs = { language: hackmd?.[1] ?? node.lang ?? null }
  return [node.value === '' ? { type: 'codeBlock', attrs } : { type: 'codeBlock', attrs, content: [{ type: 'text', text: node.value }] }]
}

/** CommonMark §4.1. reStructuredText transitions are not used in PEPs, and sections divide them anyway. */
export const thematicBreak: Handler<ThematicBreak> = (node, ctx) => {
  report(ctx, 'thematic-break', `A thematic break (${sourceOf(node, ctx.state).trim() || '---'}) was left out: PEPs separate parts with sections.`, node)
  return []
}

/**
 * CommonMark §4.6 and §6.6: raw HTML cannot be part of a PEP. Its source is kept as plain text,
 * so nothing is lost, and reported so the author rewrites it.
 */
export const html: Handler<Html> = (node, ctx) => {
  report(ctx, 'html', `Raw HTML “${excerpt(node.value)}” is not supported in a PEP and is kept as plain text.`, node)
  return textNodes(node.value, ctx)
}

/** Front matter is read into the preamble before conversion (preamble/front-matter.ts). */
export const yaml: Handler<Yaml> = () => []
