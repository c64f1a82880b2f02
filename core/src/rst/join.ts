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
export function needsSeparator(previous: BlockNode | undefined, next: BlockNode): boolean {
  if (next.type === 'blockQuote') return previous === undefined || (previous.type !== 'paragraph' && previous.type !== 'heading')
  const isList = (block: BlockNode | undefined) => block?.type === 'bulletList' || block?.type === 'orderedList'
  return isList(previous) && isList(next)
}

/** An empty comment: docutils drops it, it only ends what precedes it. */
export const SEPARATOR = '..'
