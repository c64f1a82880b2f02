import { useId, type FormEvent } from 'react'
import { RST_FILE_ACCEPT, rstFileProblem } from './rstFile.js'
import { useTextFile } from './useTextFile.js'
import { FormError } from '../../ui/FormError.js'

interface ImportRstProps {
  /** A request is under way (an import or a creation): one at a time. */
  busy: boolean
  importing: boolean
  /** The server's refusal of the last import (too large, too slow to parse, unreachable). */
  error?: string
  onImport(rst: string): void
}

/**
 * A published PEP (or any PEP-shaped `.rst`) opened as a draft: its preamble and sections as they
 * are, whatever the editor cannot hold kept as raw reStructuredText. A file fills the text area,
 * so what is sent is always what is shown.
 */
export function ImportRst({ busy, importing, error, onImport }: ImportRstProps) {
  const { text: rst, setText: setRst, fileError, readFile } = useTextFile(rstFileProblem)
  const textId = useId()
  const fileId = useId()
  const helpId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (rst.trim() !== '') onImport(rst)
  }

  const shownError = fileError ?? (error === undefined ? undefined : `Could not open the PEP: ${error}`)
  return (
    <form className="import-form" onSubmit={submit} aria-labelledby={`${helpId}-heading`} aria-busy={importing}>
      <h3 id={`${helpId}-heading`}>Open an existing PEP (.rst)</h3>
      <p id={helpId} className="import-form__help">
        Choose a PEP’s file from python/peps, or paste its text. Its preamble and sections are kept as they are, and
        the template follows its Type header; whatever the editor cannot show as formatted text stays as raw
        reStructuredText, which a report lists.
      </p>
      <label htmlFor={fileId}>reStructuredText file</label>
      <input id={fileId} type="file" accept={RST_FILE_ACCEPT} onChange={(event) => void readFile(event)} />
      <label htmlFor={textId}>reStructuredText source</label>
      <textarea
        id={textId}
        value={rst}
        onChange={(event) => setRst(event.target.value)}
        aria-describedby={helpId}
        rows={8}
        spellCheck={false}
        placeholder={'PEP: 9999\nTitle: My proposal\n…'}
      />
      <FormError>{shownError}</FormError>
      <button type="submit" className="button button--primary" disabled={busy || rst.trim() === ''}>
        {importing ? 'Opening…' : 'Open PEP'}
      </button>
    </form>
  )
}
