import type { DocNode } from '../document/json.js'
import type { ImportContext } from './import-context.js'
import { dedent, minIndent, type SourceLine, trimBlankLines } from './source-line.js'

/**
 * An element the schema cannot hold, or could not give back as docutils read it, kept as its
 * source: an `rstBlock` whose text is the lines dedented to column 0. Export writes them back
 * verbatim at the indentation of their container, so docutils reads the same element.
 */
export function keepAsRst(lines: readonly SourceLine[], construct: string, ctx: ImportContext): DocNode {
  const kept = trimBlankLines(lines)
  const text = dedent(kept, minIndent(kept))
    .map((l) => l.text)
    .join('\n')
  const line = kept[0]?.line ?? 0
  ctx.warn('kept-as-rst', `${construct} kept as reStructuredText source.`, line)
  return rstBlock(text)
}

export function rstBlock(text: string): DocNode {
  return { type: 'rstBlock', content: text === '' ? [] : [{ type: 'text', text }] }
}
