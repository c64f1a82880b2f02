import { Node, mergeAttributes } from '@tiptap/core'

/** `[#label]_` in running text (docutils auto-numbered footnote reference). */
export const FootnoteReferenceNode = Node.create({
  name: 'footnoteReference',
  group: 'inline',
  inline: true,
  atom: true,
  addAttributes() {
    return {
      label: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-footnote-ref') ?? '',
        renderHTML: (attrs: { label: string }) => ({ 'data-footnote-ref': attrs.label }),
      },
    }
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote-ref]' }]
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { class: 'footnote-ref' }), `[${node.attrs.label}]`]
  },
  renderText({ node }) {
    return `[${node.attrs.label}]`
  },
})

/** `.. [#label] text`, defined in the Footnotes section (PEP 12). */
export const FootnoteNode = Node.create({
  name: 'footnote',
  group: 'block',
  // docutils admits any body element here; sections and headings are not body elements, and
  // notes, warnings and footnotes are not nested in published PEPs.
  content: '(paragraph | bulletList | orderedList | codeBlock | blockquote | table | rstBlock)+',
  defining: true,
  addAttributes() {
    return {
      label: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-footnote') ?? '',
        renderHTML: (attrs: { label: string }) => ({ 'data-footnote': attrs.label }),
      },
    }
  },
  parseHTML() {
    return [{ tag: 'div[data-footnote]' }]
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { class: 'footnote' }), 0]
  },
})
