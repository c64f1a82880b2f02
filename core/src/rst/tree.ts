import type { AdmonitionKind } from '../schema/nodes/admonition.js'
import type { TableWidths } from '../schema/nodes/table.js'

/**
 * The small reStructuredText tree between a document and its text. Every decision about what a
 * PEP can express (flattening marks, `:pep:` roles, header order, dropped content) is taken while
 * building it (`from-doc.ts`); turning it into text (`to-string.ts`) only lays it out and escapes.
 */

// Inline nodes. docutils: "inline markup cannot be nested", so each holds plain text.

export interface TextNode {
  type: 'text'
  value: string
}

/** `*value*` */
export interface EmphasisNode {
  type: 'emphasis'
  value: string
}

/** `**value**` */
export interface StrongNode {
  type: 'strong'
  value: string
}

/** ``` ``value`` ```, or `:literal:` when the value would end the literal early. */
export interface LiteralNode {
  type: 'literal'
  value: string
}

/** `` `text <url>`__ ``: PEP 12 wants anonymous references (two underscores). */
export interface LinkNode {
  type: 'link'
  text: string
  url: string
}

/** `:pep:`8`` or `:rfc:`2822#section-3.6``: the only interpreted text we emit. */
export interface RoleNode {
  type: 'role'
  name: 'pep' | 'rfc'
  target: string
}

/** `[#label]_` */
export interface FootnoteReferenceNode {
  type: 'footnoteReference'
  label: string
}

/**
 * Inline reStructuredText the schema cannot hold (an `rstInline` node: a Sphinx role, a named
 * reference, a substitution…), written exactly as `source`: no escaping, never wrapped inside.
 */
export interface RstInlineNode {
  type: 'rstInline'
  source: string
}

export type InlineNode =
  | TextNode
  | EmphasisNode
  | StrongNode
  | LiteralNode
  | LinkNode
  | RoleNode
  | FootnoteReferenceNode
  | RstInlineNode

// Block nodes.

export type HeadingLevel = 1 | 2 | 3

export interface HeadingNode {
  type: 'heading'
  level: HeadingLevel
  children: InlineNode[]
}

export interface ParagraphNode {
  type: 'paragraph'
  children: InlineNode[]
}

/** Each item is a list of blocks; an empty item is allowed. */
export interface BulletListNode {
  type: 'bulletList'
  items: BlockNode[][]
}

export interface OrderedListNode {
  type: 'orderedList'
  start: number
  items: BlockNode[][]
}

export interface BlockQuoteNode {
  type: 'blockQuote'
  children: BlockNode[]
}

/**
 * `.. code-block:: <language>`, or with `language` null a literal block (`::`, which Sphinx
 * highlights as Python); `code` has no tabs, no trailing spaces, no common indentation.
 */
export interface CodeBlockNode {
  type: 'codeBlock'
  language: string | null
  code: string
}

/**
 * Imported source the schema cannot hold (an `rstBlock`): one or more body elements, written
 * verbatim at the container's indentation. `text` has no tabs, no trailing spaces, no common
 * indentation and no blank lines at either end.
 */
export interface RstBlockNode {
  type: 'rstBlock'
  text: string
}

/**
 * `.. list-table::`; every row has the same number of cells, each cell a list of blocks.
 * `stubColumns` is 1 when every row starts with a header cell; `widths`, when numbers, has one
 * per column.
 */
export interface TableNode {
  type: 'table'
  headerRows: 0 | 1
  stubColumns: 0 | 1
  widths?: TableWidths
  rows: BlockNode[][][]
}

export interface AdmonitionNode {
  type: 'admonition'
  kind: AdmonitionKind
  children: BlockNode[]
}

/** `.. [#label] …`; `label` is a docutils simple reference name. */
export interface FootnoteNode {
  type: 'footnote'
  label: string
  children: BlockNode[]
}

export type BlockNode =
  | HeadingNode
  | ParagraphNode
  | BulletListNode
  | OrderedListNode
  | BlockQuoteNode
  | CodeBlockNode
  | TableNode
  | AdmonitionNode
  | FootnoteNode
  | RstBlockNode

// The file.

/** One header: its value is a comma-separated list of items (one item for most headers). */
export interface PreambleField {
  /** One of PEP 1's headers, or the legacy name an imported file wrote (`BDFL-Delegate`). */
  name: string
  items: InlineNode[][]
  /** An imported header left unchanged: its lines as the file wrote them, written verbatim. */
  written?: string[]
}

/** The RFC 2822 header block, fields already in PEP 1 order. */
export interface PreambleNode {
  type: 'preamble'
  fields: PreambleField[]
}

export interface DocumentNode {
  type: 'document'
  preamble: PreambleNode
  children: BlockNode[]
}

export type RstNode = DocumentNode | PreambleNode | BlockNode | InlineNode
export type RstNodeType = RstNode['type']
