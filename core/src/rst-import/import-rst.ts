import type { DocNode } from '../document/json.js'
import type { Preamble } from '../preamble/fields.js'
import { dropFoldedTargets } from './folded-targets.js'
import { keepUnresolvedFootnoteReferences } from './footnote-references.js'
import { hyperlinkTargets } from './hyperlink-targets.js'
import { documentNames } from './inline/index.js'
import { createImportContext } from './import-context.js'
import { rstBlock } from './keep-as-rst.js'
import { parseBlocks } from './parse-blocks.js'
import { importPreamble } from './preamble.js'
import { dropSeparatorComments } from './separator-comments.js'
import { type SourceLine, splitSourceLines, trimBlankLines } from './source-line.js'
import { createTitleStyles } from './title-styles.js'

export interface RstImportWarning {
  code: string
  message: string
  /** 1-based line in the source. */
  line: number
}

export interface RstImport {
  preamble: Preamble
  doc: DocNode
  /** What was kept as opaque RST (rstBlock/rstInline) or changed, for the user to review. */
  warnings: RstImportWarning[]
}

/**
 * A published PEP's `.rst` as our preamble and document: everything the schema holds maps to its
 * nodes; everything else is kept as `rstBlock`/`rstInline` source, so export gives it back.
 * Deterministic; never throws on any string (a bug aside).
 */
export function importRst(source: string): RstImport {
  const texts = splitSourceLines(source.replace(/^\ufeff/, ''))
  const { preamble, bodyStart, warnings } = importPreamble(texts)
  const body: SourceLine[] = texts.slice(bodyStart).map((text, i) => ({ text, line: bodyStart + i + 1 }))
  const ctx = createImportContext(createTitleStyles(), hyperlinkTargets(body), documentNames(source))
  let content: DocNode[]
  try {
    const blocks = dropSeparatorComments(dropFoldedTargets(parseBlocks(body, ctx, true), body, ctx), ctx)
    content = blocks.map((node) => keepUnresolvedFootnoteReferences(node, ctx.footnoteLabels))
  } catch (error) {
    // A bug must not lose the user's PEP: the whole body is kept as source.
    ctx.warnings.length = 0
    ctx.warn('import-failed', `The body could not be read (${String(error)}); it is kept as reStructuredText source.`, bodyStart + 1)
    const kept = trimBlankLines(body).map((l) => l.text).join('\n')
    content = kept === '' ? [] : [rstBlock(kept)]
  }
  return {
    preamble,
    doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
    warnings: [...warnings, ...[...ctx.warnings].sort((a, b) => a.line - b.line)],
  }
}
