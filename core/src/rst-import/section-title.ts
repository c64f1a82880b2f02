import type { DocNode } from '../document/json.js'
import { displayWidth } from '../rst/display-width.js'
import type { ImportContext } from './import-context.js'
import { parseInline } from './inline/index.js'
import { keepAsRst, rstBlock } from './keep-as-rst.js'
import type { SourceLine } from './source-line.js'
import { levelOf, titleStyle } from './title-styles.js'

/**
 * Underline characters for sections deeper than PEP 12's three levels. Export writes levels 1–3
 * with `=`, `-` and `'`, so a deeper title is kept as source with an adornment none of those use;
 * docutils then opens the same deeper section.
 */
const DEEP_ADORNMENTS = ['~', '^', '"', '+', '`', '#', '*', '.', '_']

/**
 * A section title (docutils `RSTState.section`): a heading at levels 1–3. A title at a deeper
 * level, or one docutils finds inconsistent, is kept as source.
 */
export function sectionTitle(
  title: string,
  underline: string,
  overline: string | undefined,
  source: readonly SourceLine[],
  ctx: ImportContext,
): DocNode {
  const line = source[0]?.line ?? 0
  const level = levelOf(ctx.styles, titleStyle(underline, overline))
  if (level === undefined) return keepAsRst(source, 'Section title at an inconsistent level', ctx)
  if (level <= 3) return { type: 'heading', attrs: { level }, content: parseInline(title, ctx.inline(overline ? line + 1 : line)) }
  const adornment = DEEP_ADORNMENTS[level - 4] ?? '~'
  ctx.warn('kept-as-rst', `Level ${level} section title kept as reStructuredText source (the editor has three levels).`, line)
  return rstBlock(`${title}\n${adornment.repeat(Math.max(4, displayWidth(title)))}`)
}
