import { useCallback, useState } from 'react'

export interface PendingAction {
  busy: boolean
  /** The server's message for the last action that failed, until the next one starts. */
  error: string | undefined
  run: (action: () => Promise<string | undefined>, onSuccess?: () => void) => Promise<void>
}

/** One review write at a time from a control, with its failure message kept for display. */
export function usePendingAction(): PendingAction {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = useCallback(async (action: () => Promise<string | undefined>, onSuccess?: () => void) => {
    setBusy(true)
    setError(undefined)
    const message = await action()
    setBusy(false)
    setError(message)
    if (message === undefined) onSuccess?.()
  }, [])
  return { busy, error, run }
}
