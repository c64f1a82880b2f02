import { Mark, mergeAttributes } from '@tiptap/core'

/**
 * Review anchor. Carries only `threadId`: y-tiptap keys overlapping marks by a hash of their
 * attributes, so attributes must never change. `excludes: ''` lets threads overlap;
 * `inclusive: false` keeps text typed at the edge out of the thread (DESIGN.md).
 */
export const CommentMark = Mark.create({
  name: 'comment',
  excludes: '',
  inclusive: false,
  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-thread-id'),
        renderHTML: (attrs: { threadId: string | null }) => ({ 'data-thread-id': attrs.threadId }),
      },
    }
  },
  parseHTML() {
    return [{ tag: 'span[data-thread-id]' }]
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'comment-anchor' }), 0]
  },
})
