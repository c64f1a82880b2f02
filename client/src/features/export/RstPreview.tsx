import type * as Y from 'yjs'
import { useRstExport } from './useRstExport.js'
import './export.css'

/** The reStructuredText the export would produce now, beside the editor, with what it had to change. */
export function RstPreview({ ydoc }: { ydoc: Y.Doc }) {
  const result = useRstExport(ydoc, true)
  if (!result) return null
  return (
    <section className="rst-preview" aria-label="reStructuredText preview">
      <header className="rst-preview__header">
        <h2>{result.fileName}</h2>
        <span>{result.warnings.length === 0 ? 'No export warnings' : `${result.warnings.length} export warning${result.warnings.length === 1 ? '' : 's'}`}</span>
      </header>
      {result.warnings.length > 0 && (
        <ul className="rst-preview__warnings" aria-label="Export warnings">
          {result.warnings.map((warning, i) => (
            <li key={`${warning.code}-${i}`}>{warning.message}</li>
          ))}
        </ul>
      )}
      <pre className="rst-preview__text" tabIndex={0} aria-label="reStructuredText">
        {result.rst}
      </pre>
    </section>
  )
}
