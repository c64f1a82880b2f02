import type { DocNode } from '@pepdraft/core'
import type { PropertyCase } from './property.test.js'

/** At most this many candidates per shrinking round (one docutils batch). */
const MAX_CANDIDATES = 400

/**
 * Smaller versions of a case, most promising first: without one block or child, with a plain
 * preamble, then with one chunk cut out of one text, biggest chunks first (halves down to
 * single characters).
 */
export function smallerCases(base: PropertyCase): PropertyCase[] {
  const out: PropertyCase[] = []
  const paths = nodePaths(base.doc)
  for (const path of paths) {
    const node = at(base.doc, path)
    for (let i = 0; i < (node.content?.length ?? 0); i++) {
      out.push(edit(base, path, (target) => target.content?.splice(i, 1)))
    }
  }
  const plain = { ...base.preamble, Title: 'Title', Author: [{ name: 'Jane Doe' }] }
  if (JSON.stringify(plain) !== JSON.stringify(base.preamble)) out.push({ ...base, preamble: plain })
  const cuts: { size: number; path: number[]; start: number; text: string }[] = []
  for (const path of paths) {
    const text = at(base.doc, path).text
    if (text === undefined || text === '') continue
    for (let size = Math.ceil(text.length / 2); ; size = Math.ceil(size / 2)) {
      for (let start = 0; start < text.length; start += size) cuts.push({ size, path, start, text })
      if (size === 1) break
    }
  }
  cuts.sort((a, b) => b.size - a.size)
  for (const { size, path, start, text } of cuts.slice(0, MAX_CANDIDATES)) {
    out.push(edit(base, path, (target) => (target.text = text.slice(0, start) + text.slice(start + size))))
  }
  return out.slice(0, MAX_CANDIDATES)
}

function nodePaths(doc: DocNode): number[][] {
  const paths: number[][] = []
  const visit = (node: DocNode, path: number[]) => {
    paths.push(path)
    node.content?.forEach((child, i) => visit(child, [...path, i]))
  }
  visit(doc, [])
  return paths
}

function at(doc: DocNode, path: readonly number[]): DocNode {
  return path.reduce<DocNode>((node, i) => node.content?.[i] as DocNode, doc)
}

function edit(base: PropertyCase, path: readonly number[], change: (node: DocNode) => void): PropertyCase {
  const doc = structuredClone(base.doc)
  change(at(doc, path))
  return { ...base, doc }
}
