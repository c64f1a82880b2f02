import { HEADER_ORDER, type HeaderName, type Preamble, validateField } from '@pepdraft/core'
import { useCallback } from 'react'
import type * as Y from 'yjs'
import { PreambleField } from './PreambleField.js'
import { usePreamble } from './usePreamble.js'
import { writeHeader } from './writeHeader.js'
import './preamble.css'

interface PreambleFormProps {
  /** The shared `preamble` map: the form reads and writes it directly, so co-authors see each keystroke. */
  map: Y.Map<unknown>
  editable: boolean
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * The PEP's header block as a form, in the order the headers appear in the file (PEP-RULES §1).
 * Every field is validated as it is typed, with the same rules as the submission checks.
 */
export function PreambleForm({ map, editable, open, onOpenChange }: PreambleFormProps) {
  const preamble = usePreamble(map)
  // "Not in the future" is measured from now; a render is never far from the keystroke that caused it.
  const today = new Date()
  const write = useCallback(<K extends HeaderName>(name: K, value: Preamble[K]) => writeHeader(map, name, value), [map])
  return (
    <section className="preamble" aria-labelledby="preamble-heading">
      <h2 id="preamble-heading" className="preamble__heading">
        <button
          type="button"
          className="preamble__toggle"
          aria-expanded={open}
          aria-controls="preamble-fields"
          onClick={() => onOpenChange(!open)}
        >
          {/* An element, not ::before: generated content would join the button's accessible name. */}
          <span className="preamble__chevron" aria-hidden="true" />
          Preamble
        </button>
        {!open && <span className="preamble__summary">{summary(preamble)}</span>}
      </h2>
      <div id="preamble-fields" className="preamble__fields" hidden={!open}>
        {HEADER_ORDER.map((name) => (
          <PreambleField
            key={name}
            name={name}
            preamble={preamble}
            problems={validateField(name, preamble[name], { today, preamble })}
            today={today}
            disabled={!editable}
            write={write}
          />
        ))}
      </div>
    </section>
  )
}

/** What a collapsed preamble still tells: which PEP this is. */
function summary(preamble: Preamble): string {
  const number = typeof preamble.PEP === 'string' && preamble.PEP.trim() ? `PEP ${preamble.PEP.trim()}` : 'No PEP number'
  const status = typeof preamble.Status === 'string' ? preamble.Status : ''
  return [number, preamble.Type, status].filter((part) => typeof part === 'string' && part !== '').join(' · ')
}
