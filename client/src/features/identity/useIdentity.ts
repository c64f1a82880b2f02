import { useCallback, useState } from 'react'
import { loadIdentity, randomIdentity, saveIdentity, type Identity } from '../../lib/identity.js'

export interface IdentityState {
  identity: Identity
  /** False until the user confirmed a name once in this browser: then we ask. */
  chosen: boolean
  save: (identity: Identity) => void
}

export function useIdentity(): IdentityState {
  const [state, setState] = useState(() => {
    const stored = loadIdentity()
    return { identity: stored ?? randomIdentity(), chosen: stored !== undefined }
  })
  const save = useCallback((identity: Identity) => {
    saveIdentity(identity)
    setState({ identity, chosen: true })
  }, [])
  return { ...state, save }
}
