import type { ToolbarCommand } from './toolbarCommand.js'

/** Shown while the selection is in a table. */
export const tableCommands: readonly ToolbarCommand[] = [
  {
    name: 'addRowAfter',
    label: 'Add row',
    text: '+ Row',
    group: 'table',
    shortcuts: [],
    isEnabled: (editor) => editor.can().addRowAfter(),
    perform: (editor) => editor.chain().focus().addRowAfter().run(),
  },
  {
    name: 'addColumnAfter',
    label: 'Add column',
    text: '+ Column',
    group: 'table',
    shortcuts: [],
    isEnabled: (editor) => editor.can().addColumnAfter(),
    perform: (editor) => editor.chain().focus().addColumnAfter().run(),
  },
  {
    name: 'deleteRow',
    label: 'Delete row',
    text: '− Row',
    group: 'table',
    shortcuts: [],
    isEnabled: (editor) => editor.can().deleteRow(),
    perform: (editor) => editor.chain().focus().deleteRow().run(),
  },
  {
    name: 'deleteColumn',
    label: 'Delete column',
    text: '− Column',
    group: 'table',
    shortcuts: [],
    isEnabled: (editor) => editor.can().deleteColumn(),
    perform: (editor) => editor.chain().focus().deleteColumn().run(),
  },
  {
    name: 'deleteTable',
    label: 'Delete table',
    text: 'Delete table',
    group: 'table',
    shortcuts: [],
    isEnabled: (editor) => editor.can().deleteTable(),
    perform: (editor) => editor.chain().focus().deleteTable().run(),
  },
]
