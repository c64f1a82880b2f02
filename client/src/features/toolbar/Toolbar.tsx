import type { Editor } from '@tiptap/core'
import { CodeLanguageField } from './CodeLanguageField.js'
import { ToolbarButton } from './ToolbarButton.js'
import type { CommandGroup, CommandUi, ToolbarCommand } from './toolbarCommand.js'
import { useToolbarState } from './useToolbarState.js'
import './toolbar.css'

const GROUP_LABELS: Record<CommandGroup, string> = {
  history: 'History',
  inline: 'Text style',
  block: 'Block type',
  insert: 'Insert',
  review: 'Review',
  table: 'Table',
}

interface ToolbarProps {
  editor: Editor
  commands: readonly ToolbarCommand[]
  ui: CommandUi
  /** Review links get a reduced toolbar under another name: it does not format anything. */
  label?: string
}

export function Toolbar({ editor, commands, ui, label = 'Formatting' }: ToolbarProps) {
  const state = useToolbarState(editor, commands)
  const groups = Object.keys(GROUP_LABELS) as CommandGroup[]
  return (
    <div role="toolbar" aria-label={label} className="toolbar">
      {groups.map((group) => {
        if (group === 'table' && !state.inTable) return null
        const members = commands.filter((command) => command.group === group)
        if (members.length === 0) return null
        return (
          <div key={group} role="group" aria-label={GROUP_LABELS[group]} className="toolbar__group">
            {members.map((command) => (
              <ToolbarButton
                key={command.name}
                command={command}
                state={state.commands[command.name] ?? { active: false, enabled: false }}
                editor={editor}
                ui={ui}
              />
            ))}
          </div>
        )
      })}
      {state.codeLanguage !== null && <CodeLanguageField editor={editor} language={state.codeLanguage} />}
    </div>
  )
}
