import type { BlockNode, InlineNode, RstNode } from './tree.js'

/** PEP 12: lines should not pass column 79. */
export const LINE_WIDTH = 79

/** What a handler can ask of the writer while it writes one node. */
export interface State {
  /** Columns available to the node's lines once its container has indented them. */
  width: number
  /** Blocks one after another with PEP 12's blank lines, for lines of `width` columns. */
  blocks(children: readonly BlockNode[], width: number): string
  /** A text block's lines: inline content, wrapped at `width` (`Infinity`: one line), escaped. */
  lines(children: readonly InlineNode[], width: number, paragraph: boolean): string[]
  /** Inline content on one line, for header values (`firstLine`/`lastLine` rows not applied). */
  inline(children: readonly InlineNode[]): string
  /** Any node, through the handler table. */
  one(node: RstNode, around?: Around): string
}

/** Output around an inline node: `''` at the start or end of the text as docutils scans it. */
export interface Around {
  before: string
  after: string
}

/** Writes one node; block handlers return lines without a final newline. */
export type Handler<N extends RstNode> = (node: N, state: State, around: Around) => string
