import { footnoteLabel } from '../rst/footnote-labels.js'
import { SEPARATOR } from '../rst/join.js'
import { directive } from './directive.js'
import { explicitEnd } from './extents.js'
import { keepAsRst, rstBlock } from './keep-as-rst.js'
import type { ConstructParser } from './parse-blocks.js'
import { CITATION, DIRECTIVE, FOOTNOTE, HYPERLINK_TARGET, SUBSTITUTION_DEFINITION } from './patterns.js'
import { firstKnownIndented } from './first-known-indented.js'
import { hyperlinkTargets } from './hyperlink-targets.js'
import { parseBlocks } from './parse-blocks.js'
import { isBlank } from './source-line.js'

/** docutils: an explicit markup start with nothing after it (lines are right-stripped already). */
const EMPTY_COMMENT = /^\.\.$/

/**
 * `.. ` explicit markup (docutils `Body.explicit_construct`), tried in docutils' order:
 * footnote, citation, hyperlink target, substitution definition, directive, else a comment.
 * Each spans its first line and the indented block after it.
 */
export const explicitMarkup: ConstructParser = (lines, start, ctx) => {
  const next = explicitEnd(lines, start)
  const source = lines.slice(start, next)
  const text = lines[start]!.text
  const kept = (construct: string) => ({ nodes: [keepAsRst(source, construct, ctx)], next })

  // docutils `Body.comment`: `..` alone before a blank line is an empty comment, which "does not
  // consume any indented text following"; that text is a block quote.
  if (EMPTY_COMMENT.test(text) && isBlank(lines[start + 1])) {
    const node = rstBlock(SEPARATOR)
    ctx.emptyComments.set(node, lines[start]!.line)
    return { nodes: [node], next: start + 1 }
  }

  const footnote = FOOTNOTE.exec(text)
  if (footnote) {
    const raw = footnote[1]!
    const label = raw.slice(1)
    // Export writes `[#label]` auto-numbered footnotes with reference-name labels; a numbered
    // `[1]`, anonymous `[#]` or symbol `[*]` footnote, or a label export would rename, stays source.
    if (!raw.startsWith('#') || label === '' || footnoteLabel(label) !== label || ctx.footnoteLabels.has(label.toLowerCase())) {
      return kept('Footnote')
    }
    const restore = ctx.checkpoint()
    const content = parseBlocks(firstKnownIndented(lines, start, next, footnote[0].length), ctx, false)
    if (content.length === 0 || content.some((node) => node.type === 'heading')) {
      restore()
      return kept('Footnote')
    }
    ctx.footnoteLabels.set(label.toLowerCase(), label)
    return { nodes: [{ type: 'footnote', attrs: { label }, content }], next }
  }
  if (CITATION.test(text)) return kept('Citation')
  if (HYPERLINK_TARGET.test(text)) {
    const [name] = hyperlinkTargets(source).keys()
    if (name === undefined) return kept('Hyperlink target')
    const node = rstBlock(source.map((l) => l.text).join('\n'))
    ctx.targetBlocks.set(node, { name, line: lines[start]!.line })
    return { nodes: [node], next }
  }
  if (SUBSTITUTION_DEFINITION.test(text)) return kept('Substitution definition')
  const match = DIRECTIVE.exec(text)
  if (match) return { nodes: [directive(match[1]!, lines, start, next, match[0].length, ctx)], next }
  return kept('Comment')
}
