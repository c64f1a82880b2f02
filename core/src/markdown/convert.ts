import type { RootContent } from 'mdast'
import type { DocNode } from '../document/json.js'
import { type Context, type Handler, type ImportState, reportOnce } from './context.js'
import { blockquote, code, html, paragraphHandler, thematicBreak, yaml } from './handlers/blocks.js'
import { footnoteDefinition, footnoteReference } from './handlers/footnotes.js'
import { heading } from './handlers/heading.js'
import { definition, image, imageReference, link, linkReference } from './handlers/links.js'
import { list, listItem } from './handlers/lists.js'
import { emphasis, hardBreak, inlineCode, strikethrough, strong, text } from './handlers/phrasing.js'
import { table, tableCell, tableRow } from './handlers/table.js'
import { mergeText, textNodes, wrapInlines } from './inline.js'
import { isContainer, leafBlocks, mdastText } from './mdast.js'

type MdastType = RootContent['type']

/**
 * One handler per mdast node type (CommonMark, GFM, front matter). The mapped type makes a node
 * type without a handler fail `tsc`; a type unknown at run time throws, naming it.
 */
const handlers: { [K in MdastType]: Handler<Extract<RootContent, { type: K }>> } = {
  blockquote,
  break: hardBreak,
  code,
  definition,
  delete: strikethrough,
  emphasis,
  footnoteDefinition,
  footnoteReference,
  heading,
  html,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  list,
  listItem,
  paragraph: paragraphHandler,
  strong,
  table,
  tableCell,
  tableRow,
  text,
  thematicBreak,
  yaml,
}

/** Block quotes and lists nested deeper than this are opened (their blocks join the one above); drafts nest 2–3 deep. */
const MAX_DEPTH = 12
/** Inline markup nested deeper than this keeps its text with the marks gathered so far. */
const MAX_INLINE_DEPTH = 32
const INLINE_PARENTS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

export function convertNode(node: RootContent, ctx: Context): DocNode[] {
  const handler = Object.hasOwn(handlers, node.type) ? (handlers[node.type] as Handler<RootContent>) : undefined
  if (!handler) throw new Error(`Cannot import unknown Markdown node \`${String((node as { type: unknown }).type)}\``)
  if (isContainer(node)) {
    if (ctx.depth < MAX_DEPTH) return handler(node, { ...ctx, depth: ctx.depth + 1 })
    reportOnce(ctx, 'nesting-too-deep', `Quotes and lists nested more than ${MAX_DEPTH} deep were opened: their content joins the level above.`, node)
    return leafBlocks(node).flatMap((leaf) => wrapInlines(convertNode(leaf as RootContent, ctx)))
  }
  if (!INLINE_PARENTS.has(node.type)) return handler(node, ctx)
  if (ctx.inlineDepth < MAX_INLINE_DEPTH) return handler(node, { ...ctx, inlineDepth: ctx.inlineDepth + 1 })
  reportOnce(ctx, 'nesting-too-deep', `Inline markup nested more than ${MAX_INLINE_DEPTH} deep keeps its text without the deeper markup.`, node)
  return textNodes(mdastText(node), ctx)
}

/** Flow content: each child's inline leftovers (raw HTML kept as text) form its own paragraph. */
function blocks(children: readonly RootContent[], ctx: Context): DocNode[] {
  return children.flatMap((child) => wrapInlines(convertNode(child, ctx)))
}

function inlines(children: readonly RootContent[], ctx: Context): DocNode[] {
  return mergeText(children.flatMap((child) => convertNode(child, ctx)))
}

/** The context at the top of the document: no marks, headings are sections. */
export function rootContext(state: ImportState): Context {
  return { state, marks: [], topLevel: true, headerRow: false, depth: 0, inlineDepth: 0, blocks, inlines }
}
