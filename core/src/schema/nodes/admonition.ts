import { Node, mergeAttributes } from '@tiptap/core'

/** The admonitions PEPs use and plain docutils knows: `.. note::` and `.. warning::`. */
export const ADMONITION_KINDS = ['note', 'warning'] as const
export type AdmonitionKind = (typeof ADMONITION_KINDS)[number]

export const AdmonitionNode = Node.create({
  name: 'admonition',
  group: 'block',
  // docutils admits any body element here; sections and headings are not body elements, and
  // notes, warnings and footnotes are not nested in published PEPs.
  content: '(paragraph | bulletList | orderedList | codeBlock | blockquote | table | rstBlock)+',
  defining: true,
  addAttributes() {
    return {
      kind: {
        default: 'note' satisfies AdmonitionKind,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-admonition') ?? 'note',
        renderHTML: (attrs: { kind: string }) => ({ 'data-admonition': attrs.kind }),
      },
    }
  },
  parseHTML() {
    return [{ tag: 'aside[data-admonition]' }]
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { class: 'admonition' }), 0]
  },
})
