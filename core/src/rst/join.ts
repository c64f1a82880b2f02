import { rstBlockTakesIndentedBlock } from './rst-block-end.js'
import type { BlockNode } from './tree.js'

/**
 * The blank lines between two blocks (PEP 12): two before a heading, one when a subsection
 * heading directly follows its parent heading, one everywhere else.
 */
export function blankLinesBetween(previous: BlockNode, next: BlockNode): number {
  if (next.type !== 'heading') return 1
  return previous.type === 'heading' && previous.level < next.level ? 1 : 2
}

/**
 * Whether an empty comment (`..`) must separate `next` from what comes before it. docutils:
 * "an empty comment … serves to terminate a preceding construct". An indented block quote would
 * otherwise join the list, directive, footnote or quote before it (or, first in a container, lose
 * its indentation to the container's), and two adjacent lists would merge into one.
 */
export function needsSeparator(previous: SeparatedBlock | undefined, next: SeparatedBlock): boolean {
  if (next.type === 'blockQuote') {
    // Source that is itself an empty comment already ends what precedes it.
    if (previous?.type === 'rstBlock') return previous.text !== SEPARATOR && rstBlockTakesIndentedBlock(previous.text)
    return previous === undefined || (previous.type !== 'paragraph' && previous.type !== 'heading')
  }
  // Lists of different kinds never merge: docutils starts a new list at a new kind of marker,
  // and at a number out of sequence.
  if (previous?.type === 'bulletList' && next.type === 'bulletList') return true
  return previous?.type === 'orderedList' && next.type === 'orderedList' && next.start === previous.start + previous.items.length
}

/**
 * What `needsSeparator` reads of a block. Every `BlockNode` is one; the importer describes a
 * document node this way to drop the empty comments export writes back by itself.
 */
export type SeparatedBlock =
  | { type: 'rstBlock'; text: string }
  | { type: 'orderedList'; start: number; items: readonly unknown[] }
  | { type: Exclude<BlockNode['type'], 'rstBlock' | 'orderedList'> }

/** An empty comment: docutils drops it, it only ends what precedes it. */
export const SEPARATOR = '..'
