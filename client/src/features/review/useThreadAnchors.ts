import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { threadsInDocumentOrder } from './threadAnchors.js'

/** Attached thread ids in document order, recomputed on every change of the editor's document. */
export function useThreadAnchors(editor: Editor): readonly string[] {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => threadsInDocumentOrder(current.state.doc),
    equalityFn: (a, b) => b !== null && a.length === b.length && a.every((id, i) => id === b[i]),
  })
}
