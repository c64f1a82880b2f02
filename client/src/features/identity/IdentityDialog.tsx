import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { IDENTITY_COLOURS, MAX_NAME_LENGTH, normaliseName, type Identity } from '../../lib/identity.js'
import { FormError } from '../../ui/FormError.js'
import './identity.css'

interface IdentityDialogProps {
  initial: Identity
  firstVisit: boolean
  onSave: (identity: Identity) => void
  onCancel: () => void
}

/** A modal asking for the name and colour others see on your caret and in "People here". */
export function IdentityDialog({ initial, firstVisit, onSave, onCancel }: IdentityDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState(initial.name)
  const [color, setColor] = useState(initial.color)
  const [error, setError] = useState<string>()
  const headingId = useId()
  const errorId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const cleaned = normaliseName(name)
    if (cleaned === '') {
      setError('Enter a name others will recognise.')
      return
    }
    onSave({ name: cleaned, color })
  }

  // Escape on the first visit keeps the suggested identity rather than asking again next time.
  const dismiss = () => (firstVisit ? onSave(initial) : onCancel())

  return (
    <dialog
      ref={dialogRef}
      className="identity-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault()
        dismiss()
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={headingId}>{firstVisit ? 'How should others see you?' : 'Your name and colour'}</h2>
        <p className="muted">Shown next to your cursor and in the list of people here. Kept in this browser only.</p>
        <label className="identity-dialog__field">
          <span>Display name</span>
          <input
            type="text"
            value={name}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="nickname"
            aria-invalid={error !== undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setName(event.target.value)
              setError(undefined)
            }}
          />
        </label>
        <FormError id={errorId}>{error}</FormError>
        <fieldset className="identity-dialog__colours">
          <legend>Colour</legend>
          {IDENTITY_COLOURS.map((colour) => (
            <label key={colour.value} className="identity-dialog__swatch" title={colour.name}>
              <input
                type="radio"
                name="identity-colour"
                value={colour.value}
                checked={color === colour.value}
                onChange={() => setColor(colour.value)}
                aria-label={colour.name}
              />
              <span style={{ backgroundColor: colour.value }} aria-hidden="true" />
            </label>
          ))}
        </fieldset>
        <p className="identity-dialog__preview" aria-hidden="true">
          <span style={{ backgroundColor: color }}>{normaliseName(name) || '…'}</span>
        </p>
        <div className="identity-dialog__actions">
          <button type="submit" className="button button--primary">
            Save
          </button>
          {!firstVisit && (
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </dialog>
  )
}
