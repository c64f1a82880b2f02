import type { Editor } from '@tiptap/core'
import { useId } from 'react'

/** Pygments lexer names PEPs use most; any other name can be typed. */
const COMMON_LANGUAGES = ['python', 'pycon', 'text', 'shell', 'console', 'c', 'cpp', 'toml', 'ini', 'json', 'rst', 'diff']

/** The language of the code block holding the selection, written to the node as the user types. */
export function CodeLanguageField({ editor, language }: { editor: Editor; language: string }) {
  const listId = useId()
  const setLanguage = (value: string) => {
    // Lexer names are word characters plus + # . - (c++, objective-c); anything else cannot export.
    const cleaned = value.replace(/[^\w+#.-]/g, '')
    editor.commands.updateAttributes('codeBlock', { language: cleaned === '' ? null : cleaned })
  }
  return (
    <label className="toolbar__language">
      <span>Language</span>
      <input
        type="text"
        aria-label="Code language"
        list={listId}
        value={language}
        placeholder="python"
        spellCheck={false}
        autoComplete="off"
        size={10}
        onChange={(event) => setLanguage(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'Escape') {
            event.preventDefault()
            editor.commands.focus()
          }
        }}
      />
      <datalist id={listId}>
        {COMMON_LANGUAGES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </label>
  )
}
