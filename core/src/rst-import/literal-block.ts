import type { DocNode } from '../document/json.js'
import { indentedEnd } from './extents.js'
import { dedent, minIndent, type SourceLine } from './source-line.js'

/**
 * The indented literal block after a paragraph's `::` (docutils `Text.literal_block`): every
 * line up to the next unindented one, less their common indentation, trailing blank lines
 * dropped. A code block without a language, which export writes back the same way.
 */
export function literalBlock(lines: readonly SourceLine[], start: number): { node: DocNode; next: number } {
  const next = indentedEnd(lines, start)
  const block = lines.slice(start, next)
  const code = dedent(block, minIndent(block))
    .map((l) => l.text)
    .join('\n')
  return { node: codeBlockNode(code, null), next }
}

export function codeBlockNode(code: string, language: string | null): DocNode {
  return { type: 'codeBlock', attrs: { language }, content: code === '' ? [] : [{ type: 'text', text: code }] }
}
