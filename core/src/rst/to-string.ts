import { admonition } from './handlers/admonition.js'
import { blockQuote } from './handlers/block-quote.js'
import { bulletList } from './handlers/bullet-list.js'
import { codeBlock } from './handlers/code-block.js'
import { document } from './handlers/document.js'
import { emphasis } from './handlers/emphasis.js'
import { footnoteReference } from './handlers/footnote-reference.js'
import { footnote } from './handlers/footnote.js'
import { heading } from './handlers/heading.js'
import { link } from './handlers/link.js'
import { literal } from './handlers/literal.js'
import { orderedList } from './handlers/ordered-list.js'
import { paragraph } from './handlers/paragraph.js'
import { preamble } from './handlers/preamble.js'
import { role } from './handlers/role.js'
import { rstBlock } from './handlers/rst-block.js'
import { rstInline } from './handlers/rst-inline.js'
import { strong } from './handlers/strong.js'
import { table } from './handlers/table.js'
import { text } from './handlers/text.js'
import { blankLinesBetween, needsSeparator, SEPARATOR } from './join.js'
import { phrasing } from './phrasing.js'
import { safe } from './safe.js'
import { type Around, type Handler, LINE_WIDTH, type State } from './state.js'
import type { BlockNode, DocumentNode, InlineNode, RstNode, RstNodeType } from './tree.js'
import { wrap } from './wrap.js'

/** One handler per node type; the mapped type makes a missing one a compile error. */
const handlers: { [K in RstNodeType]: Handler<Extract<RstNode, { type: K }>> } = {
  document,
  preamble,
  heading,
  paragraph,
  bulletList,
  orderedList,
  blockQuote,
  codeBlock,
  table,
  admonition,
  footnote,
  rstBlock,
  text,
  emphasis,
  strong,
  literal,
  link,
  role,
  footnoteReference,
  rstInline,
}

const NOWHERE: Around = { before: '', after: '' }

/**
 * Stage 2 of the export: the RST tree as text. UTF-8-ready, LF line ends, exactly one final
 * newline, no tabs and no trailing whitespace (PEP-RULES.md §3).
 */
export function toString(tree: DocumentNode): string {
  return `${createState(LINE_WIDTH).one(tree)}\n`
}

function createState(width: number): State {
  const state: State = {
    width,
    one(node, around = NOWHERE) {
      const handler = Object.hasOwn(handlers, node.type) ? (handlers as Record<string, Handler<RstNode>>)[node.type] : undefined
      if (!handler) throw new Error(`Cannot export unknown node \`${(node as { type: unknown }).type}\``)
      return handler(node, state, around)
    },
    blocks(children, columns) {
      return writeBlocks(children, createState(columns))
    },
    lines(children, columns, isParagraph) {
      return textLines(children, columns, isParagraph, state)
    },
    inline(children) {
      return phrasing(children, (node, around) => state.one(node, around))
        .map((piece) => piece.text)
        .join('')
    },
  }
  return state
}

/** Blocks separated by PEP 12's blank lines, with an empty comment where one is needed. */
function writeBlocks(children: readonly BlockNode[], state: State): string {
  let out = ''
  let previous: BlockNode | undefined
  for (const block of children) {
    const written = state.one(block)
    if (written === '') continue
    if (previous) out += '\n'.repeat(blankLinesBetween(previous, block) + 1)
    if (needsSeparator(previous, block)) out += `${SEPARATOR}\n\n`
    out += written
    previous = block
  }
  return out
}

/** A text block's lines: wrapped, then escaped where docutils looks at line starts and ends. */
function textLines(children: readonly InlineNode[], width: number, isParagraph: boolean, state: State): string[] {
  const pieces = phrasing(children, (node, around) => state.one(node, around))
  const lines = width === Infinity ? [pieces.map((piece) => piece.text).join('')] : wrap(pieces, width)
  return lines.map((line, i) => {
    const escaped = safe(line, { where: i === 0 ? 'firstLine' : 'line' })
    return isParagraph && i === lines.length - 1 ? safe(escaped, { where: 'lastLine' }) : escaped
  })
}
