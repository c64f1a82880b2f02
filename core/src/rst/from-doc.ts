import type { DocNode } from '../document/json.js'
import type { Preamble } from '../preamble/fields.js'
import type { BuildContext } from './build-context.js'
import { blocksFromDoc } from './from-blocks.js'
import { preambleFromDoc } from './from-preamble.js'
import { indexFootnotes } from './footnote-labels.js'
import type { DocumentNode } from './tree.js'
import type { WarningSink } from './warnings.js'

/**
 * Stage 1 of the export: the document and its preamble as a small RST tree. Every decision about
 * what reStructuredText can say is taken here and reported to `sink`; nothing is escaped yet.
 */
export function documentFromDoc(doc: DocNode, preamble: Preamble, sink: WarningSink): DocumentNode {
  const header = preambleFromDoc(preamble, sink)
  const ctx: BuildContext = { sink, footnotes: indexFootnotes(doc, sink), headingLevel: 0 }
  const children = blocksFromDoc(doc.content, ctx, '', true)
  for (const [label, path] of ctx.footnotes.paths) {
    if (!ctx.footnotes.referenced.has(label)) {
      sink.warn('footnote-unreferenced', `No reference points to footnote [#${label}] (the python/peps build warns).`, path)
    }
  }
  return { type: 'document', preamble: header, children }
}
