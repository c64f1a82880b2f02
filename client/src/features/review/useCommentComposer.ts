import type { Editor } from '@tiptap/core'
import { useCallback, useState } from 'react'
import { setPendingComment } from './pendingComment.js'
import { type SelectionAnchor, selectionAnchor } from './selectionAnchor.js'

export interface CommentComposer {
  /** The selection being commented on while the compose box is open. */
  pending: SelectionAnchor | null
  /** Opens the compose box for the editor's selection; false when nothing is selected. */
  open: (editor: Editor) => boolean
  close: (editor: Editor) => void
}

/** The compose box's state: which text a new comment is about, highlighted until posted or cancelled. */
export function useCommentComposer(): CommentComposer {
  const [pending, setPending] = useState<SelectionAnchor | null>(null)
  const open = useCallback((editor: Editor) => {
    const anchor = selectionAnchor(editor)
    if (!anchor) return false
    editor.view.dispatch(setPendingComment(editor.state, anchor.relative))
    setPending(anchor)
    return true
  }, [])
  const close = useCallback((editor: Editor) => {
    if (!editor.isDestroyed) editor.view.dispatch(setPendingComment(editor.state, null))
    setPending(null)
  }, [])
  return { pending, open, close }
}
