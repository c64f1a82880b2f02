import type { Editor } from '@tiptap/core'
import type { CommandState } from './useToolbarState.js'
import { ariaShortcut, formatShortcut, isApplePlatform } from './formatShortcut.js'
import type { CommandUi, ToolbarCommand } from './toolbarCommand.js'

const APPLE = isApplePlatform()

interface ToolbarButtonProps {
  command: ToolbarCommand
  state: CommandState
  editor: Editor
  ui: CommandUi
}

export function ToolbarButton({ command, state, editor, ui }: ToolbarButtonProps) {
  const shortcut = command.shortcuts[0]
  const what = command.description ?? command.label
  const title = shortcut ? `${what} (${formatShortcut(shortcut, APPLE)})` : what
  return (
    <button
      type="button"
      className={`toolbar__button toolbar__button--${command.name}`}
      aria-label={command.label}
      aria-pressed={command.isActive ? state.active : undefined}
      aria-keyshortcuts={command.shortcuts.map((key) => ariaShortcut(key, APPLE)).join(' ') || undefined}
      title={title}
      disabled={!state.enabled}
      // Keep the editor's selection: a button that takes focus would collapse it on some browsers.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => command.perform(editor, ui)}
    >
      {command.text}
    </button>
  )
}
