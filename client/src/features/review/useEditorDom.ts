import type { Editor } from '@tiptap/core'
import { useEffect, useState } from 'react'

/** The editor's contenteditable element once its view is mounted (Tiptap 3 mounts it after creation). */
export function useEditorDom(editor: Editor): HTMLElement | null {
  const [dom, setDom] = useState<HTMLElement | null>(() => mountedDom(editor))
  useEffect(() => {
    const update = () => setDom(mountedDom(editor))
    update()
    editor.on('mount', update)
    editor.on('unmount', update)
    return () => {
      editor.off('mount', update)
      editor.off('unmount', update)
    }
  }, [editor])
  return dom
}

function mountedDom(editor: Editor): HTMLElement | null {
  if (editor.isDestroyed) return null
  try {
    return editor.view.dom
  } catch {
    // Tiptap throws for view properties before the view is mounted.
    return null
  }
}
