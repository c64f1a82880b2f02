import type { Heading, Paragraph, Root, RootContent, Yaml } from 'mdast'
import type { Template } from '../templates/template.js'
import type { RawHeader } from './preamble/header-names.js'
import { headerLines } from './preamble/header-lines.js'
import { mdastText } from './mdast.js'
import { matchSection } from './section-title.js'

/** The parts of a Markdown file before its body, and how its heading depths map onto PEP levels. */
export interface Leading {
  frontMatter?: Yaml
  headerBlock?: { node: Paragraph; headers: RawHeader[] }
  /** A single leading `#` heading: the PEP's title, not a section. */
  title?: Heading
  /** What is left to convert, in source order. */
  body: RootContent[]
  /** Markdown depth minus this is the section level. */
  headingShift: number
}

/**
 * Splits off front matter, a leading `Key: value` header block, and the title heading.
 *
 * Title heuristic: real drafts open with one `# Title` and use `##` for their sections. When the
 * file has exactly one depth-1 heading, it comes before every other heading with nothing but
 * front matter or header lines before it, and its text is not a template section ("# Abstract"),
 * it is the Title. Then the shallowest remaining heading depth becomes level 1 (`##` → 1, `###`
 * → 2, `####` → 3). Without a title the same shift applies, so a Discourse post that uses `##`
 * throughout imports with its `##` as sections.
 */
export function splitLeading(root: Root, template: Template, source: string): Leading {
  const leading: Leading = { body: [], headingShift: 0 }
  const children = [...root.children]
  if (children[0]?.type === 'yaml') leading.frontMatter = children.shift() as Yaml
  const headings = children.filter((child): child is Heading => child.type === 'heading')
  const depthOne = headings.filter((heading) => heading.depth === 1)
  let index = 0
  const takeHeaderBlock = () => {
    const node = children[index]
    if (leading.headerBlock || node?.type !== 'paragraph') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const headers = headerLines(source.slice(start, end), node.position?.start.line ?? 1)
    if (headers) {
      leading.headerBlock = { node, headers }
      index++
    }
  }
  takeHeaderBlock()
  const candidate = children[index]
  if (
    candidate?.type === 'heading' &&
    candidate.depth === 1 &&
    depthOne.length === 1 &&
    headings[0] === candidate &&
    mdastText(candidate).trim() !== '' &&
    !matchSection(mdastText(candidate), template)
  ) {
    leading.title = candidate
    index++
    takeHeaderBlock()
  }
  leading.body = children.filter((child) => child !== leading.title && child !== leading.headerBlock?.node)
  const depths = headings.filter((heading) => heading !== leading.title).map((heading) => heading.depth)
  leading.headingShift = depths.length > 0 ? Math.min(...depths) - 1 : 0
  return leading
}
