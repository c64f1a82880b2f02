import type { HeaderName } from '@pepdraft/core'
import { useCallback, useState } from 'react'
import { flushSync } from 'react-dom'
import { fieldControlId } from './fieldIds.js'

export interface PreambleDisclosure {
  open: boolean
  setOpen: (open: boolean) => void
  /** Opens the form if collapsed, then scrolls to the header's control and focuses it. */
  revealField: (name: HeaderName) => void
}

/** Whether the preamble form is expanded; the checks panel opens it to show a field's problem. */
export function usePreambleDisclosure(initiallyOpen = true): PreambleDisclosure {
  const [open, setOpen] = useState(initiallyOpen)
  const revealField = useCallback((name: HeaderName) => {
    // The control is inside a `hidden` block until the form opens: render that first, then focus.
    flushSync(() => setOpen(true))
    const control = document.getElementById(fieldControlId(name))
    if (!control) return
    // Centre it: the sticky header and toolbar would cover a control scrolled to the very top.
    control.scrollIntoView({ block: 'center' })
    control.focus({ preventScroll: true })
  }, [])
  return { open, setOpen, revealField }
}
