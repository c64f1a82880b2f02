import type { DocNode } from '../document/json.js'
import type { ImportContext } from './import-context.js'
import { documentNames } from './inline/index.js'
import { normalizeName } from './inline/named-link.js'
import type { SourceLine } from './source-line.js'

/**
 * External hyperlink targets (`.. _name: uri`) whose references all became links. The inline
 * parser writes each `name_` to a known target as a link carrying the URI, which export writes
 * as an anonymous reference; docutils renders an external target as nothing, so the block only
 * clutters the editor. A target still named by some source kept verbatim (an `rstBlock` or
 * `rstInline`, e.g. a table kept as source) stays, or that reference would break.
 */
export function dropFoldedTargets(content: readonly DocNode[], lines: readonly SourceLine[], ctx: ImportContext): DocNode[] {
  if (ctx.targetBlocks.size === 0) return [...content]
  // A section title (or any text) of the same name makes docutils mark both as duplicates
  // (`dupnames`); without the target that would change, so such targets stay.
  const lineNames = new Set(lines.map((l) => normalizeName(l.text)))
  const defined = new Map<string, number>()
  for (const { name } of ctx.targetBlocks.values()) defined.set(name, (defined.get(name) ?? 0) + 1)
  const opaque: string[] = []
  const collect = (node: DocNode): void => {
    if (node.type === 'rstBlock' && !ctx.targetBlocks.has(node)) opaque.push((node.content ?? []).map((child) => child.text ?? '').join(''))
    if (node.type === 'rstInline' && typeof node.attrs?.source === 'string') opaque.push(node.attrs.source)
    node.content?.forEach(collect)
  }
  content.forEach(collect)
  // Targets may point at each other (`.. _a: b_`); those keep their blocks as well.
  for (const node of ctx.targetBlocks.keys()) opaque.push((node.content ?? []).map((child) => child.text ?? '').join('').replace(/^[^:]*:/, ''))
  const needed = documentNames(opaque.join('\n')).referenced
  const kept = content.filter((node, i) => {
    const target = ctx.targetBlocks.get(node)
    if (target === undefined) return true
    const { name, line } = target
    // docutils chains `.. _a:` to the target after it: `a` takes that target's URI.
    if (needed.has(name) || !ctx.targets.has(name) || lineNames.has(name) || (defined.get(name) ?? 0) > 1 || isInternalTarget(content[i - 1])) {
      ctx.warn('kept-as-rst', 'Hyperlink target kept as reStructuredText source.', line)
      return true
    }
    ctx.warn('hyperlink-target-folded', `The target "${name}" became the URI of the links that use it.`, line)
    return false
  })
  // Targets inside lists, quotes or notes stay where they are.
  const topLevel = new Set(content)
  for (const [node, { line }] of ctx.targetBlocks) {
    if (!topLevel.has(node)) ctx.warn('kept-as-rst', 'Hyperlink target kept as reStructuredText source.', line)
  }
  return kept
}

/** `.. _name:` with nothing after the colon, kept as source. */
function isInternalTarget(node: DocNode | undefined): boolean {
  if (node?.type !== 'rstBlock') return false
  const text = (node.content ?? []).map((child) => child.text ?? '').join('')
  return text.split('\n').every((line) => /^\.\. +_.*:$/.test(line))
}
