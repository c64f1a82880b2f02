import type { Editor } from '@tiptap/core'
import { useEffect, useRef } from 'react'
import { isApplePlatform } from '../toolbar/formatShortcut.js'

const APPLE = isApplePlatform()

/**
 * Mod-Alt-M anywhere on the page. The editor's own keymap handles it while the editor has focus;
 * a review link's editor is read-only and never takes focus, so its users need this one.
 */
export function useCommentShortcut(editor: Editor, enabled: boolean, open: (editor: Editor) => void): void {
  const latest = useRef(open)
  latest.current = open
  useEffect(() => {
    if (!enabled) return
    const listener = (event: KeyboardEvent) => {
      const mod = APPLE ? event.metaKey : event.ctrlKey
      // `code`, not `key`: Alt+M types "µ" on Apple keyboards.
      if (event.defaultPrevented || !mod || !event.altKey || event.shiftKey || event.code !== 'KeyM') return
      if (editor.isDestroyed || editor.state.selection.empty) return
      event.preventDefault()
      latest.current(editor)
    }
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [editor, enabled])
}
