import type { ToolbarCommand } from '../toolbar/toolbarCommand.js'

/**
 * Comment on the selected text. It changes no content (the server applies the comment mark), so
 * reviewers have it too, in their reduced toolbar.
 */
export const commentCommand: ToolbarCommand = {
  name: 'comment',
  label: 'Comment',
  text: 'Comment',
  description: 'Comment on the selected text',
  group: 'review',
  shortcuts: ['Mod-Alt-m'],
  worksReadOnly: true,
  isEnabled: (editor) => !editor.state.selection.empty,
  perform: (editor, ui) => ui.openComment(editor),
}
