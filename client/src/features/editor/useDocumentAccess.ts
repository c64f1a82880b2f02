import { useCallback, useEffect, useState } from 'react'
import { getDocumentAccess, type ApiFailure, type Role } from '../../lib/api.js'
import { findDraft, rememberDraft } from '../../lib/drafts.js'

export type AccessState =
  | { status: 'checking' }
  | { status: 'granted'; role: Role; template?: string; offline: boolean }
  | { status: 'denied'; error: ApiFailure }

/**
 * Asks the server what `token` may do with the draft. When the server cannot be reached, a token this
 * browser already used opens the local copy with its known role, so offline work can go on.
 */
export function useDocumentAccess(docId: string, token: string | undefined): { access: AccessState; retry: () => void } {
  const [access, setAccess] = useState<AccessState>({ status: 'checking' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (token === undefined) return
    let cancelled = false
    setAccess({ status: 'checking' })
    void getDocumentAccess(docId, token).then((result) => {
      if (cancelled) return
      if (result.ok) {
        rememberDraft(docId, result.value.role, token)
        setAccess({ status: 'granted', role: result.value.role, template: result.value.template, offline: false })
        return
      }
      const known = findDraft(docId)
      if (result.error.status === 0 && known?.token === token) {
        setAccess({ status: 'granted', role: known.role, offline: true })
        return
      }
      setAccess({ status: 'denied', error: result.error })
    })
    return () => {
      cancelled = true
    }
  }, [docId, token, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { access, retry }
}
