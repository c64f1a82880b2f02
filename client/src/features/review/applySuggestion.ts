import type { Editor } from '@tiptap/core'
import { threadRange } from './threadAnchors.js'

/**
 * Replaces a thread's anchored text with the suggested text in one transaction: an ordinary edit,
 * undoable with Mod-Z. The new text takes the marks of the text it replaces, the thread's comment
 * mark included, so the thread stays attached. Returns false when the anchored text is gone.
 */
export function applySuggestion(editor: Editor, threadId: string, text: string): boolean {
  const { state } = editor
  const range = threadRange(state.doc, threadId)
  if (!range) return false
  const $from = state.doc.resolve(range.from)
  const marks = state.doc.nodeAt(range.from)?.marks ?? $from.marks()
  // A line break is text in a code block; elsewhere the schema has no hard break, so it becomes a space.
  const replacement = $from.parent.type.spec.code ? text : text.replace(/\s*\n\s*/g, ' ')
  const tr = state.tr
  if (replacement === '') tr.delete(range.from, range.to)
  else tr.replaceWith(range.from, range.to, state.schema.text(replacement, marks))
  editor.view.dispatch(tr.scrollIntoView())
  return true
}
