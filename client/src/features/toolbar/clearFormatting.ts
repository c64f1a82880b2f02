import type { Editor } from '@tiptap/core'

/**
 * Removes bold, italic, literal and link from the selection. Comment marks stay: they are review
 * anchors, not formatting, and removing them would detach threads.
 */
export function clearFormatting(editor: Editor): boolean {
  return editor
    .chain()
    .focus()
    .command(({ tr, state }) => {
      const formatting = Object.values(state.schema.marks).filter((type) => type.name !== 'comment')
      for (const type of formatting) {
        if (tr.selection.empty) tr.removeStoredMark(type)
        for (const range of tr.selection.ranges) tr.removeMark(range.$from.pos, range.$to.pos, type)
      }
      return true
    })
    .run()
}
