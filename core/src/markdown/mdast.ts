import type { Nodes, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/**
 * CommonMark (remark-parse), GitHub Flavored Markdown (tables, strikethrough, task lists,
 * footnotes, autolink literals) and a leading YAML front matter block, as an mdast tree.
 * Built once: a frozen processor is reusable and holds no per-file state.
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()

/** One container marker at a line's start (CommonMark §5.1–5.2): `>`, a bullet, or `1.`/`1)`, then a space. */
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/y

/** The most container markers any line opens with (`> > - 1. text` opens with 4). */
export function deepestNesting(markdown: string): number {
  let deepest = 0
  for (const line of markdown.split('\n')) {
    let count = 0
    CONTAINER_MARKER.lastIndex = 0
    while (CONTAINER_MARKER.test(line)) count++
    deepest = Math.max(deepest, count)
  }
  return deepest
}

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown)
}

/**
 * The words a reader sees in an mdast node: text, inline code and code values, raw HTML and the
 * alt text of images (or their URL when there is none). Iterative: hostile input nests thousands deep.
 */
export function mdastText(node: Nodes): string {
  const parts: string[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const next = stack.pop() as Nodes
    if (next.type === 'text' || next.type === 'inlineCode' || next.type === 'code' || next.type === 'html') parts.push(next.value)
    else if (next.type === 'image') parts.push(next.alt || next.url)
    else if (next.type === 'imageReference') parts.push(next.alt ?? '')
    else if (next.type === 'break') parts.push(' ')
    else if ('children' in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Nodes)
  }
  return parts.join('')
}

/** Flow containers (CommonMark §5): block quotes, lists and their items. */
const CONTAINERS = new Set(['blockquote', 'list', 'listItem'])

export function isContainer(node: Nodes): boolean {
  return CONTAINERS.has(node.type)
}

/** The blocks inside `node` that are not containers, in order, however deep the containers nest. */
export function leafBlocks(node: Nodes): Nodes[] {
  const leaves: Nodes[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const next = stack.pop() as Nodes
    if (!isContainer(next)) leaves.push(next)
    else if ('children' in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Nodes)
  }
  return leaves
}
