import { HEADING_LEVELS, type HeadingLevel } from '@pepdraft/core'
import type { ToolbarCommand } from './toolbarCommand.js'

function heading(level: HeadingLevel): ToolbarCommand {
  return {
    name: `heading${level}`,
    label: `Heading ${level}`,
    text: `H${level}`,
    description: level === 1 ? 'Section heading' : level === 2 ? 'Subsection heading' : 'Sub-subsection heading',
    group: 'block',
    shortcuts: [`Mod-Alt-${level}`],
    isActive: (editor) => editor.isActive('heading', { level }),
    isEnabled: (editor) => editor.can().toggleHeading({ level }),
    perform: (editor) => editor.chain().focus().toggleHeading({ level }).run(),
  }
}

export const blockCommands: readonly ToolbarCommand[] = [
  {
    name: 'paragraph',
    label: 'Paragraph',
    text: '¶',
    group: 'block',
    shortcuts: ['Mod-Alt-0'],
    isActive: (editor) => editor.isActive('paragraph'),
    // Already a paragraph: pressed, and pressing again is harmless rather than disabled.
    isEnabled: (editor) => editor.isActive('paragraph') || editor.can().setParagraph(),
    perform: (editor) => editor.chain().focus().setParagraph().run(),
  },
  ...HEADING_LEVELS.map(heading),
  {
    name: 'bulletList',
    label: 'Bullet list',
    text: '• List',
    group: 'block',
    shortcuts: ['Mod-Shift-8'],
    isActive: (editor) => editor.isActive('bulletList'),
    isEnabled: (editor) => editor.can().toggleBulletList(),
    perform: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    name: 'orderedList',
    label: 'Numbered list',
    text: '1. List',
    group: 'block',
    shortcuts: ['Mod-Shift-7'],
    isActive: (editor) => editor.isActive('orderedList'),
    isEnabled: (editor) => editor.can().toggleOrderedList(),
    perform: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
  {
    name: 'blockquote',
    label: 'Block quote',
    text: '❝ Quote',
    group: 'block',
    shortcuts: ['Mod-Shift-b'],
    isActive: (editor) => editor.isActive('blockquote'),
    isEnabled: (editor) => editor.can().toggleBlockquote(),
    perform: (editor) => editor.chain().focus().toggleBlockquote().run(),
  },
  {
    name: 'codeBlock',
    label: 'Code block',
    text: '{ } Code',
    description: 'Code block (.. code-block:: with a language)',
    group: 'block',
    shortcuts: ['Mod-Alt-c'],
    isActive: (editor) => editor.isActive('codeBlock'),
    isEnabled: (editor) => editor.can().toggleCodeBlock(),
    perform: (editor) => editor.chain().focus().toggleCodeBlock().run(),
  },
]
