import { type AnyExtension, mergeAttributes, Node } from '@tiptap/core'

/** Shown on hover over kept RST, and read by screen readers: what it is and why it looks so. */
const INLINE_TITLE = 'Kept as reStructuredText: the editor cannot show it as formatted text, and the export writes it exactly as it is.'

/**
 * The editor's view of RST the schema cannot hold (core's `rstBlock` and `rstInline`). Only the
 * rendering changes, so the schema stays the one the server uses: a block is a monospace region
 * named "reStructuredText" that is edited as text like a code block (core marks it `code`, so
 * Enter inserts a newline); an inline is an atom chip showing its source.
 */
export function withRstSourceViews(extensions: readonly AnyExtension[]): AnyExtension[] {
  return extensions.map((extension) => {
    if (extension.name === 'rstBlock') return rstBlockView(extension as Node)
    if (extension.name === 'rstInline') return rstInlineView(extension as Node)
    return extension
  })
}

function rstBlockView(node: Node): Node {
  return node.extend({
    renderHTML({ HTMLAttributes }) {
      return [
        'pre',
        mergeAttributes(HTMLAttributes, {
          'data-rst-block': '',
          class: 'rst-block',
          role: 'group',
          'aria-label': 'reStructuredText',
          title: 'Kept as reStructuredText: edit it as text; the export writes it exactly as it is.',
          spellcheck: 'false',
        }),
        ['code', 0],
      ]
    },
  })
}

function rstInlineView(node: Node): Node {
  return node.extend({
    renderHTML({ node: inline, HTMLAttributes }) {
      const source = String(inline.attrs.source)
      return [
        'code',
        mergeAttributes(HTMLAttributes, { class: 'rst-inline', title: INLINE_TITLE, 'aria-label': `reStructuredText ${source}` }),
        source,
      ]
    },
  })
}
