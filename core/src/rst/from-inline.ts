import type { DocNode } from '../document/json.js'
import type { BuildContext } from './build-context.js'
import { unknownNode } from './build-context.js'
import { leadingWhitespaceOf, trailingWhitespaceOf, trimWhitespace } from './characters.js'
import { resolveReference } from './footnote-labels.js'
import { roleForUrl, textIsRedundant } from './links.js'
import { normalizeText } from './safe.js'
import type { InlineNode } from './tree.js'
import { childPath } from './warnings.js'

type MarkedKind = 'link' | 'literal' | 'strong' | 'emphasis'

/** A stretch of text with the one markup it keeps. */
interface Run {
  kind: 'text' | MarkedKind | 'footnoteReference' | 'rstInline'
  text: string
  href?: string
  path: string
}

/**
 * docutils: "inline markup cannot be nested". When a run carries several marks the outermost
 * meaningful one is kept: a link (losing it loses the URL), then code, strong, emphasis.
 */
const KEEP_ORDER: readonly [string, MarkedKind][] = [
  ['link', 'link'],
  ['code', 'literal'],
  ['bold', 'strong'],
  ['italic', 'emphasis'],
]

/** DESIGN.md: export ignores comment marks. */
const IGNORED_MARKS = new Set(['comment'])

/** The inline content of a paragraph, heading or cell, as RST inline nodes. */
export function inlinesFromDoc(content: readonly DocNode[] | undefined, ctx: BuildContext, path: string): InlineNode[] {
  const runs: Run[] = []
  content?.forEach((child, i) => {
    const at = childPath(path, i)
    if (child.type === 'text') runs.push(textRun(child, ctx, at))
    else if (child.type === 'footnoteReference') {
      const raw = typeof child.attrs?.label === 'string' ? child.attrs.label : ''
      const label = resolveReference(ctx.footnotes, raw)
      if (label === undefined) ctx.sink.warn('footnote-missing', `No footnote is labelled "${raw}"; the reference was dropped.`, at)
      else runs.push({ kind: 'footnoteReference', text: label, path: at })
    } else if (child.type === 'rstInline') {
      const source = typeof child.attrs?.source === 'string' ? child.attrs.source : ''
      if (source !== '') runs.push({ kind: 'rstInline', text: source, path: at })
    } else throw unknownNode(child.type)
  })
  return mergeText(mergeRuns(runs).flatMap((run) => runToNodes(run, ctx)))
}

function textRun(node: DocNode, ctx: BuildContext, path: string): Run {
  const text = normalizeText(node.text ?? '')
  const names = new Set<string>()
  let href: string | undefined
  for (const mark of node.marks ?? []) {
    if (IGNORED_MARKS.has(mark.type)) continue
    if (!KEEP_ORDER.some(([name]) => name === mark.type)) {
      ctx.sink.warn('unsupported-mark', `The ${mark.type} mark has no reStructuredText form and was dropped.`, path)
      continue
    }
    names.add(mark.type)
    if (mark.type === 'link') href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : ''
  }
  const kept = KEEP_ORDER.find(([name]) => names.has(name))
  if (!kept) return { kind: 'text', text, path }
  if (names.size > 1) {
    const lost = [...names].filter((name) => name !== kept[0]).join(', ')
    ctx.sink.warn('nested-marks', `reStructuredText cannot nest inline markup: "${excerpt(text)}" keeps ${kept[0]} and loses ${lost}.`, path)
  }
  return kept[1] === 'link' ? { kind: 'link', text, href: href ?? '', path } : { kind: kept[1], text, path }
}

/** Runs that stand for one node each, never merged with a neighbour. */
const ATOMS: ReadonlySet<Run['kind']> = new Set(['footnoteReference', 'rstInline'])

/** Runs split only by ignored marks (or by marks lost to nesting) become one again. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    if (last && !ATOMS.has(run.kind) && last.kind === run.kind && last.href === run.href) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text }
    } else merged.push(run)
  }
  return merged
}

function runToNodes(run: Run, ctx: BuildContext): InlineNode[] {
  if (run.kind === 'text') return [{ type: 'text', value: run.text }]
  if (run.kind === 'footnoteReference') return [{ type: 'footnoteReference', label: run.text }]
  if (run.kind === 'rstInline') return [{ type: 'rstInline', source: run.text }]
  // docutils: markup cannot start or end with whitespace, so it moves outside.
  const before = leadingWhitespaceOf(run.text)
  const after = run.text.length > before.length ? trailingWhitespaceOf(run.text) : ''
  const core = run.text.slice(before.length, run.text.length - after.length)
  const outside = (nodes: InlineNode[]): InlineNode[] => [
    { type: 'text', value: before },
    ...nodes,
    { type: 'text', value: after },
  ]
  if (core === '') return [{ type: 'text', value: run.text }]
  if (run.kind === 'link') return outside(linkNodes(core, run.href ?? '', ctx, run.path))
  return outside([{ type: run.kind, value: core }])
}

function linkNodes(text: string, href: string, ctx: BuildContext, path: string): InlineNode[] {
  const url = trimWhitespace(href)
  if (url === '') {
    ctx.sink.warn('link-without-url', `The link "${excerpt(text)}" has no URL and became plain text.`, path)
    return [{ type: 'text', value: text }]
  }
  const role = roleForUrl(url)
  // A link showing its own URL is written `<url>`__, which docutils shows as the URL.
  if (!role) return [{ type: 'link', text: text === url ? '' : text, url }]
  if (role.droppedAnchor !== undefined) {
    ctx.sink.warn('pep-anchor-dropped', `:pep: cannot point inside a PEP; "#${role.droppedAnchor}" was dropped from ${url}.`, path)
  }
  if (textIsRedundant(text, url, role.shown)) return [role.role]
  ctx.sink.warn('link-text-kept', `"${excerpt(text)}" links to ${role.shown}; written as "${excerpt(text)} (${role.shown})" with a :${role.role.name}: role.`, path)
  return [{ type: 'text', value: `${text} (` }, role.role, { type: 'text', value: ')' }]
}

function mergeText(nodes: readonly InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = []
  for (const node of nodes) {
    if (node.type === 'text' && node.value === '') continue
    const last = merged[merged.length - 1]
    if (node.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', value: last.value + node.value }
    else merged.push(node)
  }
  return merged
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}
