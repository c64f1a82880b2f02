import type { FootnoteIndex } from './footnote-labels.js'
import type { WarningSink } from './warnings.js'

/** What building the tree carries along: where warnings go and the document's footnotes. */
export interface BuildContext {
  sink: WarningSink
  footnotes: FootnoteIndex
  /** Level of the last section heading written (0 before the first). */
  headingLevel: number
}

/** docutils has no notion of unknown node types either: a programmer error, named. */
export function unknownNode(type: string): Error {
  return new Error(`Cannot export unknown node \`${type}\``)
}
