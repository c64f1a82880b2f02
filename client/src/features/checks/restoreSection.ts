import { type DocNode, sectionBlocks, sectionInsertionIndex, type Template } from '@pepdraft/core'
import type { Editor } from '@tiptap/core'
import * as Y from 'yjs'
import { focusNow, revealPosition, topLevelPosition } from './editorTargets.js'

/**
 * Puts a deleted template section back where the template order wants it: its heading and an empty
 * paragraph (Copyright gets its fixed wording), with the caret in the body. One ordinary editor
 * transaction, so it syncs like typing and Undo takes it back.
 */
export function restoreSection(editor: Editor, template: Template, title: string): void {
  const section = template.sections.find((s) => s.title === title)
  if (!section) throw new Error(`Cannot restore section ${JSON.stringify(title)}: template ${template.id} has no such section`)
  const { doc } = editor.state
  const pos = topLevelPosition(doc, sectionInsertionIndex(doc.toJSON() as DocNode, template, title))
  const blocks = sectionBlocks(section)
  startUndoStep(editor)
  const headingSize = editor.schema.nodeFromJSON(blocks[0]).nodeSize
  editor
    .chain()
    .insertContentAt(pos, blocks, { updateSelection: false })
    .setTextSelection(pos + headingSize + 1)
    .run()
  focusNow(editor)
  revealPosition(editor, pos)
}

/**
 * Makes the next change its own undo step. The Yjs undo manager (brought by Tiptap's Collaboration)
 * merges changes less than 500 ms apart, so a click on "Restore" right after typing would otherwise
 * be undone together with that typing. The manager lives in the y-undo plugin's state; it is found
 * by what it is, not by its plugin key, which y-tiptap does not hand out here.
 */
function startUndoStep(editor: Editor): void {
  for (const plugin of editor.state.plugins) {
    const state: unknown = plugin.getState(editor.state)
    const manager = (state as { undoManager?: unknown } | undefined)?.undoManager
    if (manager instanceof Y.UndoManager) {
      manager.stopCapturing()
      return
    }
  }
}
