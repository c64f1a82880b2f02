import type { AdmonitionKind } from '@pepdraft/core'
import type { ToolbarCommand } from './toolbarCommand.js'

/** Wraps the selected paragraphs; inside another admonition it switches the kind; inside the same kind it unwraps. */
function admonition(kind: AdmonitionKind, label: string): ToolbarCommand {
  return {
    name: kind,
    label,
    text: label,
    description: `${label} box (.. ${kind}::)`,
    group: 'insert',
    shortcuts: [],
    isActive: (editor) => editor.isActive('admonition', { kind }),
    isEnabled: (editor) => editor.isActive('admonition') || editor.can().wrapIn('admonition', { kind }),
    perform: (editor) => {
      const chain = editor.chain().focus()
      if (editor.isActive('admonition', { kind })) chain.lift('admonition').run()
      else if (editor.isActive('admonition')) chain.updateAttributes('admonition', { kind }).run()
      else chain.wrapIn('admonition', { kind }).run()
    },
  }
}

const NEW_TABLE = { rows: 3, cols: 3, withHeaderRow: true }

export const insertCommands: readonly ToolbarCommand[] = [
  admonition('note', 'Note'),
  admonition('warning', 'Warning'),
  {
    name: 'insertTable',
    label: 'Insert table',
    text: 'Table',
    description: 'Insert a 3 × 3 table with a header row',
    group: 'insert',
    shortcuts: [],
    // A list-table inside a list-table cell is legal but unreadable in a PEP: no nesting.
    isEnabled: (editor) => !editor.isActive('table') && editor.can().insertTable(NEW_TABLE),
    perform: (editor) => editor.chain().focus().insertTable(NEW_TABLE).run(),
  },
]
