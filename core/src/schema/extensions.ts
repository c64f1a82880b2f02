import type { AnyExtension } from '@tiptap/core'
import { AdmonitionNode } from './nodes/admonition.js'
import { BlockquoteNode } from './nodes/blockquote.js'
import { CodeBlockNode } from './nodes/code-block.js'
import { DocumentNode } from './nodes/document.js'
import { FootnoteNode, FootnoteReferenceNode } from './nodes/footnote.js'
import { HeadingNode } from './nodes/heading.js'
import { BulletListNode, ListItemNode, OrderedListNode } from './nodes/lists.js'
import { ParagraphNode } from './nodes/paragraph.js'
import { RstBlockNode, RstInlineNode } from './nodes/rst-source.js'
import { TableCellNode, TableHeaderNode, TableNode, TableRowNode } from './nodes/table.js'
import { TextNode } from './nodes/text.js'
import { CodeMark } from './marks/code.js'
import { CommentMark } from './marks/comment.js'
import { BoldMark, ItalicMark } from './marks/emphasis.js'
import { LinkMark } from './marks/link.js'

/**
 * Everything a PEP can hold, and nothing else. Client and server build the same schema from this
 * list; editor-only behaviour (history, carets, placeholders) is added by the client on top.
 */
export const pepExtensions: AnyExtension[] = [
  DocumentNode,
  ParagraphNode,
  TextNode,
  HeadingNode,
  BlockquoteNode,
  BulletListNode,
  OrderedListNode,
  ListItemNode,
  CodeBlockNode,
  TableNode,
  TableRowNode,
  TableHeaderNode,
  TableCellNode,
  AdmonitionNode,
  FootnoteNode,
  FootnoteReferenceNode,
  RstBlockNode,
  RstInlineNode,
  BoldMark,
  ItalicMark,
  CodeMark,
  LinkMark,
  CommentMark,
]
