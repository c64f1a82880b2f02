import type { Definition, Image, ImageReference, Link, LinkReference, Nodes } from 'mdast'
import type { DocMark, DocNode } from '../../document/json.js'
import { type Context, type DefinitionEntry, excerpt, type Handler, report, sourceOf } from '../context.js'
import { textNodes } from '../inline.js'
import { withMark } from '../marks.js'

/** The link mark for `url`; a title (CommonMark §6.3 `"title"`) is kept on the mark. */
function linkMark(url: string, title: string | null | undefined): DocMark {
  return { type: 'link', attrs: title ? { href: url, title } : { href: url } }
}

/**
 * CommonMark §6.3 links, GFM autolink literals. PEP links stay links: the exporter writes a link
 * to peps.python.org/pep-N as a `:pep:` role. Marks inside combine with the link.
 */
export const link: Handler<Link> = (node, ctx) =>
  ctx.inlines(node.children, { ...ctx, marks: withMark(ctx.marks, linkMark(node.url, node.title)).marks })

/** CommonMark §4.7: `[text][label]` takes the URL of its definition. */
export const linkReference: Handler<LinkReference> = (node, ctx) => {
  const definition = lookUp(node.identifier, ctx)
  if (definition) return link({ type: 'link', url: definition.url, title: definition.title, children: node.children }, ctx)
  // micromark only makes a reference of a label that has a definition; kept as written if not.
  report(ctx, 'reference-unresolved', `No definition for the reference “${excerpt(node.label ?? node.identifier)}”; kept as text.`, node)
  return [...textNodes('[', ctx), ...ctx.inlines(node.children, ctx), ...textNodes(']', ctx)]
}

/**
 * A PEP holds no images (the schema admits none): an image becomes a link to its source, showing
 * its alt text (or the URL when there is none), and is reported.
 */
function imageAsLink(node: Nodes, url: string, alt: string, title: string | null | undefined, ctx: Context): DocNode[] {
  const shown = excerpt(sourceOf(node, ctx.state) || alt)
  // `[![badge](img)](target)`: the surrounding link is the one a reader follows.
  if (ctx.marks.some((mark) => mark.type === 'link')) {
    report(ctx, 'image', `Images are not supported in a PEP; “${shown}” is kept as its alt text in the surrounding link, without the image ${url}.`, node)
    return textNodes(alt || url, ctx)
  }
  report(ctx, 'image', `Images are not supported in a PEP; “${shown}” became a link to ${url}.`, node)
  return textNodes(alt || url, { ...ctx, marks: withMark(ctx.marks, linkMark(url, title)).marks })
}

export const image: Handler<Image> = (node, ctx) => imageAsLink(node, node.url, node.alt ?? '', node.title, ctx)

export const imageReference: Handler<ImageReference> = (node, ctx) => {
  const definition = lookUp(node.identifier, ctx)
  if (definition) return imageAsLink(node, definition.url, node.alt ?? '', definition.title, ctx)
  report(ctx, 'reference-unresolved', `No definition for the image reference “${excerpt(node.label ?? node.identifier)}”; kept as text.`, node)
  return textNodes(sourceOf(node, ctx.state) || `![${node.alt ?? ''}]`, ctx)
}

/** Definitions print nothing: references resolve to them, and unused ones are reported. */
export const definition: Handler<Definition> = () => []

function lookUp(identifier: string, ctx: Context): DefinitionEntry | undefined {
  const entry = ctx.state.definitions.get(normalizeIdentifier(identifier))
  if (entry) entry.used = true
  return entry
}

/** CommonMark §4.7: labels match after case folding and collapsing whitespace. */
export function normalizeIdentifier(identifier: string): string {
  return identifier.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase()
}

/** Every definition in the tree, wherever it sits (CommonMark: definitions may be anywhere). */
export function collectDefinitions(root: Nodes, ctx: Pick<Context, 'state'>): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') {
      const key = normalizeIdentifier(node.identifier)
      // CommonMark §4.7: the first definition of a label wins.
      if (!ctx.state.definitions.has(key)) {
        const line = node.position?.start.line
        const entry: DefinitionEntry = { url: node.url, title: node.title ?? null, used: false, source: sourceOf(node, ctx.state) }
        if (line !== undefined) entry.line = line
        ctx.state.definitions.set(key, entry)
      }
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(root)
}

/** Definitions nothing points to: their URL would vanish, so they are reported. */
export function reportUnusedDefinitions(ctx: Pick<Context, 'state'>): void {
  for (const entry of ctx.state.definitions.values()) {
    if (entry.used) continue
    ctx.state.report.add('definition-unused', `The link definition “${excerpt(entry.source)}” is not used by any link and was left out.`, entry.line, entry.source)
  }
}
