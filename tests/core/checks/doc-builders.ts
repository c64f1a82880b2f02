import type { DocMark, DocNode } from '@pepdraft/core'

/** Small builders for ProseMirror JSON documents, so tests read like the document they build. */
export const text = (value: string, marks?: DocMark[]): DocNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
export const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content })
export const h = (level: number, title: string): DocNode => ({
  type: 'heading',
  attrs: { level },
  content: title ? [text(title)] : [],
})
export const p = (...content: (DocNode | string)[]): DocNode => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? text(c) : c)),
})
export const link = (label: string, href: unknown): DocNode => text(label, [{ type: 'link', attrs: { href } }])
export const code = (language: unknown, body: string): DocNode => ({
  type: 'codeBlock',
  attrs: { language },
  content: body ? [text(body)] : [],
})
export const note = (...content: DocNode[]): DocNode => ({ type: 'admonition', attrs: { kind: 'note' }, content })
export const footnoteRef = (label: string): DocNode => ({ type: 'footnoteReference', attrs: { label } })
export const footnote = (label: string, body: string): DocNode => ({
  type: 'footnote',
  attrs: { label },
  content: [p(body)],
})
export const bullets = (...items: DocNode[][]): DocNode => ({
  type: 'bulletList',
  content: items.map((content) => ({ type: 'listItem', content })),
})

export const COPYRIGHT =
  'This document is placed in the public domain or under the CC0-1.0-Universal license, whichever is more permissive.'

/** A level-1 section with one paragraph of text. */
export const section = (title: string, body = `Some text about ${title}.`): DocNode[] => [h(1, title), p(body)]
