import { useEffect, useRef } from 'react'
import type { CreatedDocument } from '../../lib/api.js'
import { editorPath } from '../../lib/tokens.js'
import { AppLink } from '../../ui/AppLink.js'
import { ShareLinks } from '../share/ShareLinks.js'
import { ImportReportList } from './ImportReportList.js'
import type { ImportNotes } from './importReportText.js'

interface DraftReadyProps {
  document: CreatedDocument
  /** Present when the draft was imported (from Markdown or a PEP's .rst). */
  report?: ImportNotes
  onAnother(): void
}

/** A new draft's share links (and, for an import, its report), then the way in. */
export function DraftReady({ document, report, onAnother }: DraftReadyProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  // The form this replaces held the focus: move it to the news, so a screen reader announces it.
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="start-card" aria-labelledby="created-heading">
      <h2 id="created-heading" ref={heading} tabIndex={-1}>
        Your draft is ready
      </h2>
      <p>Share these links. Anyone with a link gets its access, so choose who gets which.</p>
      <ShareLinks urls={document.urls} />
      {report && <ImportReportList report={report} />}
      <p className="start-card__actions">
        <AppLink className="button button--primary" href={editorPath(document.id, document.tokens.edit)}>
          Open the draft
        </AppLink>
        <button type="button" className="button" onClick={onAnother}>
          Create another draft
        </button>
      </p>
    </section>
  )
}
