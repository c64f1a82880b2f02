import type { ToolbarCommand } from './toolbarCommand.js'

/** Collaboration's Yjs undo: it undoes only this user's changes, never a co-author's. */
export const historyCommands: readonly ToolbarCommand[] = [
  {
    name: 'undo',
    label: 'Undo',
    text: '↶',
    group: 'history',
    shortcuts: ['Mod-z'],
    isEnabled: (editor) => editor.can().undo(),
    perform: (editor) => editor.chain().focus().undo().run(),
  },
  {
    name: 'redo',
    label: 'Redo',
    text: '↷',
    group: 'history',
    shortcuts: ['Mod-Shift-z', 'Mod-y'],
    isEnabled: (editor) => editor.can().redo(),
    perform: (editor) => editor.chain().focus().redo().run(),
  },
]
