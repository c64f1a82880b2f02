import type { DocNode } from '../document/json.js'
import { nodeText } from './walk.js'

/** A level-1 heading and everything up to the next level-1 heading (PEP-RULES §2). */
export interface DocumentSection {
  title: string
  /** Index of the heading in `doc.content`. */
  index: number
  /** The nodes after the heading, subsections included. */
  body: DocNode[]
}

export function isHeading(node: DocNode, level?: number): boolean {
  return node.type === 'heading' && (level === undefined || node.attrs?.level === level)
}

/** The top-level sections of `doc`, in document order; content before the first one is not a section. */
export function documentSections(doc: DocNode): DocumentSection[] {
  const sections: DocumentSection[] = []
  const content = Array.isArray(doc.content) ? doc.content : []
  content.forEach((node, index) => {
    if (isHeading(node, 1)) sections.push({ title: nodeText(node), index, body: [] })
    else sections.at(-1)?.body.push(node)
  })
  return sections
}
