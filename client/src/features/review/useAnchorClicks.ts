import type { Editor } from '@tiptap/core'
import { useEffect, useRef } from 'react'
import { useEditorDom } from './useEditorDom.js'

/**
 * Calls `onClick` with the thread whose highlighted text was clicked (the innermost one where
 * threads overlap), or `null` for a click elsewhere in the document.
 */
export function useAnchorClicks(editor: Editor, onClick: (threadId: string | null) => void): void {
  const dom = useEditorDom(editor)
  const latest = useRef(onClick)
  latest.current = onClick
  useEffect(() => {
    if (!dom) return
    const listener = (event: MouseEvent) => {
      // A drag that selected text is not a click on a thread.
      if (!(getSelection()?.isCollapsed ?? true)) return
      const anchor = (event.target as Element | null)?.closest?.('[data-thread-id]')
      latest.current(anchor && dom.contains(anchor) ? anchor.getAttribute('data-thread-id') : null)
    }
    dom.addEventListener('click', listener)
    return () => dom.removeEventListener('click', listener)
  }, [dom])
}
