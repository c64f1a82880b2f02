import { HYPERLINK_TARGET } from './patterns.js'
import { indentOf, isBlank, type SourceLine } from './source-line.js'

/**
 * The document's named external hyperlink targets, `.. _name: uri`, for the inline parser
 * (`InlineContext.targets`). Names are normalised as docutils `fully_normalize_name` does; the
 * URI's lines are joined without whitespace, as docutils joins them. Internal targets
 * (`.. _name:`) and indirect ones (`uri_`) are left out.
 */
export function hyperlinkTargets(lines: readonly SourceLine[]): Map<string, string> {
  const targets = new Map<string, string>()
  lines.forEach((line, i) => {
    const text = line.text.trimStart()
    if (!HYPERLINK_TARGET.test(text)) return
    const match = /^\.\. +_(`(?:[^`\\]|\\.)+`|(?:[^:\\]|\\.)+):(?: +(.*))?$/.exec(text)
    if (!match) return
    const parts = [match[2] ?? '']
    const own = indentOf(line)
    for (let j = i + 1; j < lines.length && !isBlank(lines[j]) && indentOf(lines[j]!) > own; j++) parts.push(lines[j]!.text.trim())
    const uri = parts.join('').replace(/\s+/g, '')
    if (uri === '' || (uri.endsWith('_') && !uri.endsWith('\\_'))) return
    const rawName = match[1]!.startsWith('`') ? match[1]!.slice(1, -1) : match[1]!
    const name = rawName.replace(/\\(.)/g, '$1').toLowerCase().replace(/\s+/g, ' ').trim()
    if (!targets.has(name)) targets.set(name, uri.replace(/\\(.)/g, '$1'))
  })
  return targets
}
