import { clearFormatting } from './clearFormatting.js'
import type { ToolbarCommand } from './toolbarCommand.js'

export const inlineCommands: readonly ToolbarCommand[] = [
  {
    name: 'bold',
    label: 'Bold',
    text: 'B',
    group: 'inline',
    shortcuts: ['Mod-b'],
    isActive: (editor) => editor.isActive('bold'),
    isEnabled: (editor) => editor.can().toggleBold(),
    perform: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    name: 'italic',
    label: 'Italic',
    text: 'I',
    group: 'inline',
    shortcuts: ['Mod-i'],
    isActive: (editor) => editor.isActive('italic'),
    isEnabled: (editor) => editor.can().toggleItalic(),
    perform: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    name: 'code',
    label: 'Inline code',
    text: '`x`',
    description: 'Inline literal (``text`` in reStructuredText)',
    group: 'inline',
    shortcuts: ['Mod-e'],
    isActive: (editor) => editor.isActive('code'),
    isEnabled: (editor) => editor.can().toggleCode(),
    perform: (editor) => editor.chain().focus().toggleCode().run(),
  },
  {
    name: 'link',
    label: 'Link',
    text: 'Link',
    description: 'Add or edit a link (http and https only)',
    group: 'inline',
    shortcuts: ['Mod-k'],
    isActive: (editor) => editor.isActive('link'),
    // Inline literals exclude links (core schema), and code blocks take no marks but comments.
    isEnabled: (editor) => !editor.isActive('code') && editor.can().setLink({ href: 'https://example.org' }),
    perform: (_editor, ui) => ui.openLinkDialog(),
  },
  {
    name: 'clearFormatting',
    label: 'Clear formatting',
    text: 'Clear',
    description: 'Remove bold, italic, literal and links (comments stay)',
    group: 'inline',
    shortcuts: ['Mod-\\'],
    isEnabled: (editor) => !editor.state.selection.empty || (editor.state.storedMarks?.length ?? 0) > 0,
    perform: (editor) => clearFormatting(editor),
  },
]
