import type { DocNode } from '../document/json.js'
import { displayWidth } from '../rst/display-width.js'
import { indentedEnd, itemsEnd, nextNonBlank, untilBlank } from './extents.js'
import type { ImportContext } from './import-context.js'
import { parseInline } from './inline/index.js'
import { keepAsRst } from './keep-as-rst.js'
import { literalBlock } from './literal-block.js'
import type { Parsed } from './parse-blocks.js'
import { ADORNMENT } from './patterns.js'
import { indentOf, isBlank, type SourceLine } from './source-line.js'
import { sectionTitle } from './section-title.js'

/**
 * A line of text (docutils `Body.text`, then the `Text` state on the next line): a section title
 * when an adornment underlines it, a definition list item when an indented line follows it
 * directly, otherwise a paragraph, which may announce a literal block with `::`.
 */
export function textElement(lines: readonly SourceLine[], start: number, ctx: ImportContext, topLevel: boolean): Parsed {
  const first = lines[start]!
  const second = lines[start + 1]
  if (second && !isBlank(second) && indentOf(second) === 0 && ADORNMENT.test(second.text)) {
    const title = first.text.trimEnd()
    const underline = second.text.trimEnd()
    // docutils: an underline shorter than the title and than 4 columns is "ordinary text".
    if (!(displayWidth(title) > underline.length && underline.length < 4)) {
      const source = [first, second]
      if (!topLevel) return { nodes: [keepAsRst(source, 'Section title inside a body element', ctx)], next: start + 2 }
      return { nodes: [sectionTitle(title, underline[0]!, undefined, source, ctx)], next: start + 2 }
    }
  }
  if (second && !isBlank(second) && indentOf(second) > 0) {
    const next = itemsEnd(lines, start, (at) => isDefinitionTerm(lines, at))
    return { nodes: [keepAsRst(lines.slice(start, next), 'Definition list', ctx)], next }
  }
  return paragraph(lines, start, ctx)
}

function isDefinitionTerm(lines: readonly SourceLine[], at: number): boolean {
  const next = lines[at + 1]
  return indentOf(lines[at]!) === 0 && next !== undefined && !isBlank(next) && indentOf(next) > 0
}

/** A final `::` not escaped by a backslash (docutils `Text.paragraph`). */
const LITERAL_MARKER = /(?<!\\)(\\\\)*::$/

/** docutils `Text.paragraph`: the lines up to a blank one; a final `::` announces a literal block. */
function paragraph(lines: readonly SourceLine[], start: number, ctx: ImportContext): Parsed {
  let end = start
  while (end < lines.length && !isBlank(lines[end]) && indentOf(lines[end]!) === 0) end++
  if (end < lines.length && !isBlank(lines[end])) {
    // docutils: "Unexpected indentation." The paragraph and the quote after it stay as written.
    const next = indentedEnd(lines, end)
    return { nodes: [keepAsRst(lines.slice(start, next), 'Paragraph followed by unexpected indentation', ctx)], next }
  }
  const source = lines.slice(start, end)
  const data = source.map((l) => l.text).join('\n').trimEnd()
  if (!LITERAL_MARKER.test(data)) return { nodes: [paragraphNode(data, source, ctx)], next: end }

  // docutils: `::` alone is dropped, ` ::` is removed, `text::` keeps one colon.
  const text = data.length === 2 ? '' : /[ \n]/.test(data[data.length - 3]!) ? data.slice(0, -3).trimEnd() : data.slice(0, -1)
  const literalStart = nextNonBlank(lines, end)
  const literal = literalStart < lines.length && indentOf(lines[literalStart]!) > 0 ? literalBlock(lines, literalStart) : undefined
  if (!literal) {
    // A quoted literal block, or none ("Literal block expected; none found"): kept as written.
    const next = literalStart < lines.length && indentOf(lines[literalStart]!) === 0 && /^[!-/:-@[-`{-~]/.test(lines[literalStart]!.text)
      ? untilBlank(lines, literalStart)
      : end
    return { nodes: [keepAsRst(lines.slice(start, next), 'Paragraph announcing a literal block', ctx)], next }
  }
  const nodes = text === '' ? [] : [paragraphNode(text, source, ctx)]
  return { nodes: [...nodes, literal.node], next: literal.next }
}

/**
 * A paragraph of inline content. One whose text is all escapes (`\ `) has no inline content,
 * and export would drop it, while docutils keeps an empty paragraph: it stays source.
 */
function paragraphNode(text: string, source: readonly SourceLine[], ctx: ImportContext): DocNode {
  const content = parseInline(text, ctx.inline(source[0]!.line))
  if (content.length === 0) return keepAsRst(source, 'Paragraph without visible text', ctx)
  return { type: 'paragraph', content }
}
