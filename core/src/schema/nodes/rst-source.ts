import { Node, mergeAttributes } from '@tiptap/core'

/**
 * reStructuredText the schema cannot hold (a directive such as `.. canonical-doc::`, a comment, a
 * substitution definition, an unusual table), kept as its source so an imported PEP loses nothing.
 * The text is the block exactly as written, dedented to column 0; export writes it back verbatim,
 * indented to where it stands. Like a code block it is plain text that co-authors can edit and
 * reviewers can comment on.
 */
export const RstBlockNode = Node.create({
  name: 'rstBlock',
  group: 'block',
  content: 'text*',
  marks: 'comment',
  code: true,
  defining: true,
  parseHTML() {
    return [{ tag: 'pre[data-rst-block]', preserveWhitespace: 'full' }]
  },
  renderHTML({ HTMLAttributes }) {
    return ['pre', mergeAttributes(HTMLAttributes, { 'data-rst-block': '', class: 'rst-block' }), ['code', 0]]
  },
})

/**
 * Inline reStructuredText the schema cannot hold (a Sphinx role such as `:ref:`, a substitution
 * reference, a named hyperlink reference), kept as its source and exported verbatim.
 */
export const RstInlineNode = Node.create({
  name: 'rstInline',
  group: 'inline',
  inline: true,
  atom: true,
  addAttributes() {
    return {
      source: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-rst-inline') ?? el.textContent ?? '',
        renderHTML: (attrs: { source: string }) => ({ 'data-rst-inline': attrs.source }),
      },
    }
  },
  parseHTML() {
    return [{ tag: 'code[data-rst-inline]' }]
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['code', mergeAttributes(HTMLAttributes, { class: 'rst-inline' }), String(node.attrs.source)]
  },
  renderText({ node }) {
    return String(node.attrs.source)
  },
})
