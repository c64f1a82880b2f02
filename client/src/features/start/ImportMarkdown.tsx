import { useId, type FormEvent } from 'react'
import { MARKDOWN_FILE_ACCEPT, markdownFileProblem } from './markdownFile.js'
import { useTextFile } from './useTextFile.js'
import { FormError } from '../../ui/FormError.js'

interface ImportMarkdownProps {
  /** A request is under way (an import or a creation): one at a time. */
  busy: boolean
  importing: boolean
  /** The server's refusal of the last import (too large, too slow to parse, unreachable). */
  error?: string
  onImport(markdown: string): void
}

/**
 * A Markdown draft pasted or read from a file, sent to the server to become a draft in the
 * chosen template. A file fills the text area, so what is sent is always what is shown.
 */
export function ImportMarkdown({ busy, importing, error, onImport }: ImportMarkdownProps) {
  const { text: markdown, setText: setMarkdown, fileError, readFile } = useTextFile(markdownFileProblem)
  const textId = useId()
  const fileId = useId()
  const helpId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (markdown.trim() !== '') onImport(markdown)
  }

  const shownError = fileError ?? (error === undefined ? undefined : `Could not import the draft: ${error}`)
  return (
    <form className="import-form" onSubmit={submit} aria-labelledby={`${helpId}-heading`}>
      <h3 id={`${helpId}-heading`}>Import Markdown</h3>
      <p id={helpId} className="import-form__help">
        Paste a draft from Discourse, HackMD or a gist, or choose its file. Its sections are laid out in the template
        above, and a report lists whatever the PEP format cannot hold exactly.
      </p>
      <label htmlFor={textId}>Markdown draft</label>
      <textarea
        id={textId}
        value={markdown}
        onChange={(event) => setMarkdown(event.target.value)}
        aria-describedby={helpId}
        rows={10}
        spellCheck={false}
        placeholder={'# PEP 9999: My proposal\n\n## Abstract\n\n…'}
      />
      <label htmlFor={fileId}>Markdown file</label>
      <input id={fileId} type="file" accept={MARKDOWN_FILE_ACCEPT} onChange={(event) => void readFile(event)} />
      <FormError>{shownError}</FormError>
      <button type="submit" className="button button--primary" disabled={busy || markdown.trim() === ''}>
        {importing ? 'Importing…' : 'Import draft'}
      </button>
    </form>
  )
}
