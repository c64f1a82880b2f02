import { useEffect, useRef, useState } from 'react'
import { type ReviewFormat, type ReviewTarget, fetchReview } from './reviewApi.js'
import { downloadBlob } from '../../lib/downloadText.js'
import { FormError } from '../../ui/FormError.js'

const FORMATS: { format: ReviewFormat; label: string; description: string }[] = [
  { format: 'md', label: 'Markdown', description: 'for a Discourse post' },
  { format: 'json', label: 'JSON', description: 'for tools' },
]

/** "Download review" menu: the review as Markdown or JSON, fetched with the link's token. */
export function DownloadReview({ target }: { target: ReviewTarget }) {
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string>()
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('pointerdown', close)
      document.removeEventListener('keydown', close)
    }
  }, [open])

  const download = async (format: ReviewFormat) => {
    setOpen(false)
    const result = await fetchReview(target, format)
    if (!result.ok) return setError(result.error.message)
    setError(undefined)
    downloadBlob(result.value.filename, result.value.blob)
  }

  return (
    <div className="review-download" ref={root}>
      <button type="button" className="button button--small" aria-expanded={open} aria-haspopup="menu" onClick={() => setOpen(!open)}>
        Download review
      </button>
      {open && (
        <ul role="menu" aria-label="Download review" className="review-download__menu">
          {FORMATS.map(({ format, label, description }) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" onClick={() => void download(format)} autoFocus={format === 'md'}>
                {label} <span className="muted">— {description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError>{error}</FormError>
    </div>
  )
}
