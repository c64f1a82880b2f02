import type { Nodes, RootContent } from 'mdast'
import type { DocMark, DocNode } from '../document/json.js'
import type { ImportReportCode, ReportSink } from './report.js'

/** A `[label]: url "title"` definition (CommonMark §4.7), looked up by normalised identifier. */
export interface DefinitionEntry {
  url: string
  title: string | null
  used: boolean
  line?: number
  source: string
}

/** State shared by every handler of one import. */
export interface ImportState {
  source: string
  report: ReportSink
  definitions: Map<string, DefinitionEntry>
  /** Footnote nodes, in source order; they are placed in the Footnotes section (PEP 12). */
  footnotes: DocNode[]
  /** Markdown heading depth minus this is the document's heading level (see leading.ts). */
  headingShift: number
  /** Source line of each heading and footnote made, for the section report. */
  lines: WeakMap<DocNode, number>
  /** Codes reported once per import however often they happen. */
  once: Set<ImportReportCode>
}

/** Where a handler is called from: the marks around it and the container it sits in. */
export interface Context {
  state: ImportState
  marks: readonly DocMark[]
  /** False inside lists, quotes, tables and footnotes, where a heading cannot be a section. */
  topLevel: boolean
  /** True for the cells of a table's first row (GFM tables always have a header row). */
  headerRow: boolean
  /** How many block quotes and lists, and how many inline markups, enclose this node. */
  depth: number
  inlineDepth: number
  /** Converts flow content (CommonMark blocks) to document blocks. */
  blocks(children: readonly RootContent[], ctx: Context): DocNode[]
  /** Converts phrasing content (CommonMark inlines) to document inline nodes. */
  inlines(children: readonly RootContent[], ctx: Context): DocNode[]
}

export function lineOf(node: Nodes): number | undefined {
  return node.position?.start.line
}

/** The Markdown source of `node`, exactly as written. */
export function sourceOf(node: Nodes, state: ImportState): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : state.source.slice(start, end)
}

export function report(ctx: Context, code: ImportReportCode, message: string, node?: Nodes, dropped?: string): void {
  ctx.state.report.add(code, message, node ? lineOf(node) : undefined, dropped)
}

export function reportOnce(ctx: Context, code: ImportReportCode, message: string, node?: Nodes): void {
  if (ctx.state.once.has(code)) return
  ctx.state.once.add(code)
  report(ctx, code, message, node)
}

/** A short quotation of source text for report messages. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Converts one mdast node to document nodes (blocks or inline nodes, as its place demands). */
export type Handler<N> = (node: N, ctx: Context) => DocNode[]
