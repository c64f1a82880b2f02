import { Extension } from '@tiptap/core'
import { Fragment, type Node as PMNode, Slice } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/**
 * Pasted text loses its comment marks: a copy must not become a second anchor of the same thread.
 * Dragging text to move it keeps them, since the original goes away.
 */
export const StripPastedComments = Extension.create({
  name: 'stripPastedComments',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('stripPastedComments'),
        props: {
          transformPasted(slice, view) {
            if (view.dragging?.move) return slice
            return new Slice(withoutComments(slice.content), slice.openStart, slice.openEnd)
          },
        },
      }),
    ]
  },
})

export function withoutComments(fragment: Fragment): Fragment {
  const nodes: PMNode[] = []
  fragment.forEach((node) => {
    const marks = node.marks.filter((mark) => mark.type.name !== 'comment')
    const copy = node.isText ? node.mark(marks) : node.copy(withoutComments(node.content)).mark(marks)
    nodes.push(copy)
  })
  return Fragment.fromArray(nodes)
}
