import { useEffect, useState } from 'react'
import { CollabSession } from './collabSession.js'

/** Opens the draft's Y.Doc, provider and cache while the component is mounted; `null` until then. */
export function useCollabSession(docId: string, token: string | undefined): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null)
  useEffect(() => {
    if (token === undefined) return
    const opened = new CollabSession(docId, token)
    setSession(opened)
    return () => {
      opened.destroy()
      setSession(null)
    }
  }, [docId, token])
  return session
}
