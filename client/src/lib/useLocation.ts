import { useSyncExternalStore } from 'react'
import { subscribeLocation } from './route.js'

export interface LocationSnapshot {
  pathname: string
  hash: string
}

const snapshotKey = () => `${location.pathname}\n${location.hash}`

/** The current path and fragment; re-renders on navigation, back/forward and fragment changes. */
export function useLocation(): LocationSnapshot {
  const key = useSyncExternalStore(subscribeLocation, snapshotKey)
  const [pathname = '/', hash = ''] = key.split('\n')
  return { pathname, hash }
}
