import { useEffect, useState } from 'react'
import { authorIdOf, loadAuthorKey } from './authorKey.js'

export interface AuthorKey {
  /** Sent with every review write; never shown. */
  key: string
  /** SHA-256 hex of the key, as stored on comments: `undefined` while it is being computed. */
  id: string | undefined
}

export function useAuthorKey(): AuthorKey {
  const [key] = useState(loadAuthorKey)
  const [id, setId] = useState<string>()
  useEffect(() => {
    let current = true
    void authorIdOf(key).then((hex) => {
      if (current) setId(hex)
    })
    return () => {
      current = false
    }
  }, [key])
  return { key, id }
}
