import type { ImportContext } from './import-context.js'
import { keepAsRst } from './keep-as-rst.js'
import type { ConstructParser } from './parse-blocks.js'
import { untilBlank } from './extents.js'
import { isBlank } from './source-line.js'
import { sectionTitle } from './section-title.js'

/**
 * A line of one repeated punctuation character (docutils `Body.line`, then the `Line` state):
 * the overline of a section title, a transition, or — when shorter than 4 columns — ordinary
 * text, for which this parser declines.
 */
export const adornmentLine: ConstructParser = (lines, start, ctx: ImportContext, topLevel) => {
  const overline = lines[start]!.text.trimEnd()
  const marker = overline.trim()
  if (marker === '::' || marker.length < 4) return undefined
  if (!topLevel) return { nodes: [keepAsRst([lines[start]!], 'Transition or section title inside a body element', ctx)], next: start + 1 }
  const titleLine = lines[start + 1]
  if (titleLine === undefined || isBlank(titleLine)) {
    return { nodes: [keepAsRst([lines[start]!], 'Transition', ctx)], next: start + 1 }
  }
  const underline = lines[start + 2]
  if (underline === undefined || underline.text.trimEnd() !== overline) {
    const next = untilBlank(lines, start)
    return { nodes: [keepAsRst(lines.slice(start, next), 'Malformed section title', ctx)], next }
  }
  const source = lines.slice(start, start + 3)
  return { nodes: [sectionTitle(titleLine.text.trim(), overline[0]!, overline[0]!, source, ctx)], next: start + 3 }
}
