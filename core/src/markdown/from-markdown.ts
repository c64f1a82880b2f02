import type { Root } from 'mdast'
import type { DocNode } from '../document/json.js'
import { HEADER_ORDER, type Preamble } from '../preamble/fields.js'
import type { Template } from '../templates/template.js'
import { type ImportState, lineOf } from './context.js'
import { rootContext } from './convert.js'
import { collectDefinitions, reportUnusedDefinitions } from './handlers/links.js'
import { splitLeading } from './leading.js'
import { deepestNesting, parseMarkdown } from './mdast.js'
import { frontMatterHeaders } from './preamble/front-matter.js'
import type { RawHeader } from './preamble/header-names.js'
import { readHeaders } from './preamble/headers.js'
import { createReportSink, type ImportReport, type ReportSink, sortedItems } from './report.js'
import { arrangeSections } from './sections.js'
import { titleFromHeading } from './title.js'

export interface FromMarkdownOptions {
  /** The template whose sections the document is laid out in, and whose preamble defaults apply. */
  template: Template
}

export interface MarkdownImport {
  doc: DocNode
  /** The template's preamble defaults, overridden by what the Markdown says. Created is left to the caller. */
  preamble: Preamble
  report: ImportReport
}

/**
 * A Markdown draft (a Discourse post, a HackMD pad, a gist) as a document in `template`'s
 * structure, its preamble, and a report of everything not represented exactly (DESIGN.md:
 * markdown). Deterministic; never throws on any string (a bug aside).
 */
export function fromMarkdown(markdown: string, options: FromMarkdownOptions): MarkdownImport {
  if (typeof markdown !== 'string') throw new TypeError(`fromMarkdown expects a string, got ${typeof markdown}`)
  const { template } = options
  // CommonMark §2.1: CR, LF and CRLF all end a line; a byte order mark is no content. Normalised
  // first, so that source offsets, lines and code block text all agree.
  const source = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const report = createReportSink()
  const root = parseOrPlain(source, report)
  const leading = splitLeading(root, template, source)
  const headers: RawHeader[] = [
    ...(leading.frontMatter ? frontMatterHeaders(leading.frontMatter, report) : []),
    ...(leading.headerBlock?.headers ?? []),
  ]
  let preamble = readHeaders(headers, report)
  if (leading.title) preamble = titleFromHeading(leading.title, preamble, report)
  const state: ImportState = {
    source,
    report,
    definitions: new Map(),
    footnotes: [],
    headingShift: leading.headingShift,
    lines: new WeakMap(),
    once: new Set(),
  }
  const ctx = rootContext(state)
  collectDefinitions(root, ctx)
  const blocks = ctx.blocks(leading.body, ctx)
  reportUnusedDefinitions(ctx)
  const first = leading.body[0]
  const prefaceLine = first && first.type !== 'heading' ? lineOf(first) : undefined
  const content = arrangeSections(blocks, template, state, prefaceLine)
  if (preamble.Type !== undefined && template.preamble.Type !== undefined && preamble.Type !== template.preamble.Type) {
    report.add(
      'type-differs-from-template',
      `The Markdown says Type: ${preamble.Type}, but the sections follow the ${template.name} template (Type: ${template.preamble.Type}).`,
    )
  }
  return {
    doc: { type: 'doc', content },
    preamble: inHeaderOrder({ ...structuredClone(template.preamble), ...preamble }),
    report: { items: sortedItems(report.items) },
  }
}

/** The preamble's keys in PEP 1's header order, so the result reads like a PEP header. */
function inHeaderOrder(preamble: Preamble): Preamble {
  const ordered: Record<string, unknown> = {}
  for (const name of HEADER_ORDER) if (preamble[name] !== undefined) ordered[name] = preamble[name]
  return ordered as Preamble
}

/** Container nesting past this is no draft; micromark slows quadratically and then exhausts the stack. */
const MAX_PARSE_NESTING = 100

/**
 * micromark recurses once per nested container and takes time quadratic in the nesting, so
 * thousands of nested markers would stall or crash the import. Such input is imported as plain
 * paragraphs, and reported.
 */
function parseOrPlain(markdown: string, report: ReportSink): Root {
  try {
    if (deepestNesting(markdown) <= MAX_PARSE_NESTING) return parseMarkdown(markdown)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
  }
  report.add('markdown-too-deep', 'The Markdown nests too deeply to be parsed; it was imported as plain paragraphs.', 1)
  const paragraphs = markdown.split(/\n[ \t]*\n/).filter((text) => text.trim() !== '')
  return { type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) }
}
