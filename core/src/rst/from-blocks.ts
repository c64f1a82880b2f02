import type { DocNode } from '../document/json.js'
import { ADMONITION_KINDS, type AdmonitionKind } from '../schema/nodes/admonition.js'
import { type BuildContext, unknownNode } from './build-context.js'
import { leadingWhitespaceOf, trailingWhitespaceOf } from './characters.js'
import { codeLanguage } from './code-languages.js'
import { codeText } from './code-text.js'
import { inlinesFromDoc } from './from-inline.js'
import { gridTable } from './table-grid.js'
import { tableWidths } from './table-widths.js'
import type { BlockNode, HeadingLevel, InlineNode } from './tree.js'
import { childPath } from './warnings.js'

/** Builds the RST blocks for one document node; `topLevel` is false inside any container. */
type BlockBuilder = (node: DocNode, ctx: BuildContext, path: string, topLevel: boolean) => BlockNode[]

const builders: Record<string, BlockBuilder> = {
  paragraph(node, ctx, path) {
    const children = trimmed(inlinesFromDoc(node.content, ctx, path))
    return children.length > 0 ? [{ type: 'paragraph', children }] : []
  },
  heading(node, ctx, path, topLevel) {
    const children = trimmed(inlinesFromDoc(node.content, ctx, path))
    if (children.length === 0) {
      ctx.sink.warn('empty-heading', 'A heading without text was left out.', path)
      return []
    }
    if (!topLevel) {
      // docutils: a section title inside a body element is "Unexpected section title".
      ctx.sink.warn('heading-not-top-level', 'A heading inside a list, quote, table, note or footnote became a paragraph.', path)
      return [{ type: 'paragraph', children }]
    }
    const asked = Math.min(3, Math.max(1, Number(node.attrs?.level) || 1))
    // docutils numbers section levels in the order adornments first appear, so a heading may be
    // at most one level deeper than the one before it ("Title level inconsistent").
    const level = Math.min(asked, ctx.headingLevel + 1) as HeadingLevel
    if (level !== asked) {
      ctx.sink.warn('heading-level-raised', `A level ${asked} heading after a level ${ctx.headingLevel || 'no'} heading is written at level ${level}.`, path)
    }
    ctx.headingLevel = level
    return [{ type: 'heading', level, children }]
  },
  blockquote(node, ctx, path) {
    const children = blocksFromDoc(node.content, ctx, path, false)
    return children.length > 0 ? [{ type: 'blockQuote', children }] : []
  },
  bulletList(node, ctx, path) {
    const items = listItems(node, ctx, path)
    return items.length > 0 ? [{ type: 'bulletList', items }] : []
  },
  orderedList(node, ctx, path) {
    const start = Number(node.attrs?.start)
    const items = listItems(node, ctx, path)
    return items.length > 0 ? [{ type: 'orderedList', start: Number.isInteger(start) && start >= 0 ? start : 1, items }] : []
  },
  codeBlock(node, ctx, path) {
    const { code, dedented } = codeText((node.content ?? []).map((child) => child.text ?? '').join(''))
    if (code === '') {
      ctx.sink.warn('empty-block', 'An empty code block was left out (docutils: "Content block expected").', path)
      return []
    }
    if (dedented > 0) {
      ctx.sink.warn('code-indentation-removed', `The ${dedented} columns of indentation common to every line were removed (docutils strips them).`, path)
    }
    const asked = typeof node.attrs?.language === 'string' ? node.attrs.language.trim() : ''
    // No language: a plain literal block (`::`), as the importer reads one back.
    if (asked === '') return [{ type: 'codeBlock', language: null, code }]
    const language = codeLanguage(asked)
    if (language === undefined) {
      ctx.sink.warn('unknown-code-language', `Pygments has no lexer "${asked}"; the code block is marked \`text\`.`, path)
    }
    return [{ type: 'codeBlock', language: language ?? 'text', code }]
  },
  rstBlock(node, ctx, path) {
    // Source as written; docutils would expand tabs and strip trailing spaces anyway.
    const { code: text } = codeText((node.content ?? []).map((child) => child.text ?? '').join(''))
    if (text === '') {
      ctx.sink.warn('empty-block', 'An empty reStructuredText source block was left out.', path)
      return []
    }
    return [{ type: 'rstBlock', text }]
  },
  table(node, ctx, path) {
    const grid = gridTable(node)
    if (grid.spanned) ctx.sink.warn('table-span', 'list-table cannot span cells; spanned positions are left empty.', path)
    const rows = grid.rows.map((row, r) =>
      row.map((cell, c) => (cell ? blocksFromDoc(cell.content, ctx, `${childPath(path, r)}.content.${c}`, false) : [])),
    )
    if (rows.length === 0 || rows[0]?.length === 0) {
      ctx.sink.warn('empty-block', 'An empty table was left out.', path)
      return []
    }
    // docutils: list-table needs a body row after the header rows, a body column after the stubs.
    const headerRows = grid.headerRow && rows.length > 1 ? 1 : 0
    const stubColumns = grid.headerColumn && rows[0]!.length > 1 ? 1 : 0
    const widths = tableWidths(node, rows[0]!.length, ctx.sink, path)
    return [{ type: 'table', headerRows, stubColumns, ...(widths ? { widths } : {}), rows }]
  },
  admonition(node, ctx, path) {
    const children = blocksFromDoc(node.content, ctx, path, false)
    const kind = (ADMONITION_KINDS as readonly string[]).includes(String(node.attrs?.kind)) ? (node.attrs?.kind as AdmonitionKind) : 'note'
    if (children.length === 0) {
      ctx.sink.warn('empty-block', `An empty ${kind} was left out (docutils: "Content block expected").`, path)
      return []
    }
    return [{ type: 'admonition', kind, children }]
  },
  footnote(node, ctx, path) {
    const label = ctx.footnotes.labels.get(node) ?? ''
    return [{ type: 'footnote', label, children: blocksFromDoc(node.content, ctx, path, false) }]
  },
}

/** The RST blocks for a list of document blocks. */
export function blocksFromDoc(content: readonly DocNode[] | undefined, ctx: BuildContext, path: string, topLevel: boolean): BlockNode[] {
  return (content ?? []).flatMap((node, i) => {
    const build = Object.hasOwn(builders, node.type) ? builders[node.type] : undefined
    if (!build) throw unknownNode(node.type)
    return build(node, ctx, childPath(path, i), topLevel)
  })
}

/**
 * Items with no content are left out, like empty paragraphs: docutils reads `1. one` / `2.` /
 * `3. three` as one paragraph, not a list.
 */
function listItems(list: DocNode, ctx: BuildContext, path: string): BlockNode[][] {
  return (list.content ?? [])
    .map((item, i) => {
      if (item.type !== 'listItem') throw unknownNode(item.type)
      return blocksFromDoc(item.content, ctx, childPath(path, i), false)
    })
    .filter((blocks) => blocks.length > 0)
}

/** PEP 12: paragraphs are not indented; docutils strips what ends a line anyway. */
function trimmed(children: InlineNode[]): InlineNode[] {
  const result = [...children]
  const first = result[0]
  if (first?.type === 'text') result[0] = { type: 'text', value: first.value.slice(leadingWhitespaceOf(first.value).length) }
  const last = result[result.length - 1]
  if (last?.type === 'text') {
    result[result.length - 1] = { type: 'text', value: last.value.slice(0, last.value.length - trailingWhitespaceOf(last.value).length) }
  }
  return result.filter((node) => node.type !== 'text' || node.value !== '')
}
