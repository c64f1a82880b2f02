import { Extension } from '@tiptap/core'
import type { CommandUi, ToolbarCommand } from './toolbarCommand.js'

/**
 * Keyboard shortcuts built from the same command list as the toolbar, at a priority above the schema's
 * own bindings so the list stays the one place that says what a key does.
 */
export function commandShortcuts(commands: readonly ToolbarCommand[], ui: CommandUi): Extension {
  return Extension.create({
    name: 'commandShortcuts',
    priority: 1100,
    addKeyboardShortcuts() {
      const { editor } = this
      const bindings: Record<string, () => boolean> = {}
      for (const command of commands) {
        for (const key of command.shortcuts) {
          bindings[key] = () => {
            if ((!editor.isEditable && !command.worksReadOnly) || !command.isEnabled(editor)) return false
            command.perform(editor, ui)
            return true
          }
        }
      }
      return bindings
    },
  })
}
