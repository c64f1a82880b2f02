import Code from '@tiptap/extension-code'

/**
 * ``inline literal``. docutils cannot nest inline markup, so a literal excludes the other formatting
 * marks — but not the comment mark, which never reaches the export (DESIGN.md).
 */
export const CodeMark = Code.extend({ excludes: 'bold italic link' })
