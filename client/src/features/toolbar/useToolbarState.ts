import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { ToolbarCommand } from './toolbarCommand.js'

export interface CommandState {
  active: boolean
  enabled: boolean
}

export interface ToolbarState {
  commands: Record<string, CommandState>
  /** The language of the code block holding the selection, `null` outside code blocks. */
  codeLanguage: string | null
  inTable: boolean
}

/** Derived from the editor on every transaction; re-renders only when the derived value changes. */
export function useToolbarState(editor: Editor, commands: readonly ToolbarCommand[]): ToolbarState {
  return useEditorState({
    editor,
    selector: ({ editor: current }): ToolbarState => {
      const editable = current.isEditable
      const states: Record<string, CommandState> = {}
      for (const command of commands) {
        states[command.name] = {
          active: command.isActive?.(current) ?? false,
          enabled: (editable || command.worksReadOnly === true) && command.isEnabled(current),
        }
      }
      const inCodeBlock = current.isActive('codeBlock')
      const language: unknown = current.getAttributes('codeBlock').language
      return {
        commands: states,
        codeLanguage: inCodeBlock ? (typeof language === 'string' ? language : '') : null,
        inTable: current.isActive('table'),
      }
    },
  })
}
