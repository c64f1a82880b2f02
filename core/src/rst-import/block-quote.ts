import { indentedEnd } from './extents.js'
import type { ImportContext } from './import-context.js'
import { keepAsRst } from './keep-as-rst.js'
import { type Parsed, parseBlocks } from './parse-blocks.js'
import { dedent, isBlank, minIndent, type SourceLine } from './source-line.js'

/** docutils `Body.attribution_pattern`: `--`, `---` or an em dash, then the attribution text. */
const ATTRIBUTION = /^(---?(?!-)|\u2014) *(?=[^ ])/

/**
 * An indented block is a block quote (docutils `Body.indent`): every line up to the next
 * unindented one, less their common indentation, parsed as body elements. A quote ending in an
 * attribution (`-- Author` after a blank line) has no node of ours, so its content is kept as
 * source inside the quote, where export indents it back.
 */
export function blockQuote(lines: readonly SourceLine[], start: number, ctx: ImportContext): Parsed {
  const next = indentedEnd(lines, start)
  const quoted = lines.slice(start, next)
  const body = dedent(quoted, minIndent(quoted))
  const hasAttribution = body.some((l, k) => k > 0 && isBlank(body[k - 1]) && ATTRIBUTION.test(l.text))
  const content = hasAttribution ? [keepAsRst(body, 'Block quote with an attribution', ctx)] : parseBlocks(body, ctx, false)
  return { nodes: content.length > 0 ? [{ type: 'blockquote', content }] : [], next }
}
