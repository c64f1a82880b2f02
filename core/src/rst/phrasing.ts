import { lastChar } from './characters.js'
import { hasHazard } from './safe.js'
import type { Around } from './state.js'
import type { InlineNode } from './tree.js'

/** Written inline content: `breakable` text may be wrapped at its spaces, markup never. */
export interface Piece {
  text: string
  breakable: boolean
}

type WriteInline = (node: InlineNode, around: Around) => string

/** PEP 12: "markup glued to a word needs an escaped space: `foo\ **bar**`". */
const GLUE: Piece = { text: '\\ ', breakable: false }

/**
 * Inline nodes written one after another. docutils scans inline text left to right and restarts
 * after every construct it recognises, so text after markup is at a start (`before: ''`); text
 * before markup must know the markup's first character (`after`). Where a start-string or
 * end-string would be glued to a word (rows `markup-after-word`, `markup-before-word`,
 * `markup-quoted` of the UNSAFE table) an escaped space goes between.
 */
export function phrasing(nodes: readonly InlineNode[], write: WriteInline): Piece[] {
  const markup = nodes.map((node) => (node.type === 'text' ? '' : write(node, { before: '', after: '' })))
  const writeText = (i: number, after: string) => write(nodes[i] as InlineNode, { before: '', after })
  const out = nodes.map((node, i) => (node.type === 'text' ? writeText(i, markup[i + 1]?.charAt(0) ?? '') : (markup[i] ?? '')))
  const glueBefore = nodes.map((node, i) => {
    const previous = out[i - 1]
    if (node.type === 'text' || nodes[i - 1]?.type !== 'text' || !previous) return false
    return (
      hasHazard(previous, 'beforeMarkup') ||
      hasHazard(lastChar(previous) + contentStart(node), 'markupStart') ||
      (node.type === 'rstInline' && joinsReferenceName(previous, node.source))
    )
  })
  nodes.forEach((node, i) => {
    if (node.type === 'text' && glueBefore[i + 1]) out[i] = writeText(i, '\\')
  })
  const pieces: Piece[] = []
  nodes.forEach((node, i) => {
    const text = out[i] ?? ''
    if (text === '') return
    if (glueBefore[i]) pieces.push(GLUE)
    pieces.push({ text, breakable: node.type === 'text' })
    const next = out.slice(i + 1).find((later) => later !== '')
    if (node.type !== 'text' && next !== undefined && hasHazard(next, 'afterMarkup')) pieces.push(GLUE)
  })
  return pieces
}

/**
 * docutils simplename: `x:name_` and `x-name_` are one reference name, since `-` and `:` may sit
 * inside a name though they may also precede a start-string. Verbatim source starting with a
 * name (`name_`, `name__`) after such a word gets an escaped space.
 */
function joinsReferenceName(previous: string, source: string): boolean {
  return /[\p{L}\p{N}][-:]$/u.test(previous) && /^[\p{L}\p{N}]/u.test(source)
}

/** The first character inside the markup, which docutils' "quoted" test looks at. */
function contentStart(node: InlineNode): string {
  switch (node.type) {
    case 'text':
    case 'emphasis':
    case 'strong':
    case 'literal':
      return node.value.charAt(0)
    case 'link':
      return node.text.charAt(0) || '<'
    case 'role':
      return node.target.charAt(0)
    case 'footnoteReference':
      return '#'
    case 'rstInline':
      return verbatimContentStart(node.source)
  }
}

/** After the start-string docutils would find in verbatim source (`|x|`, `` `x`_ ``, `*`…). */
function verbatimContentStart(source: string): string {
  if (source.startsWith('_`')) return source.charAt(2)
  return /^[*`|]/.test(source) ? source.charAt(1) : source.charAt(0)
}
