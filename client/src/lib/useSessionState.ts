import { useSyncExternalStore } from 'react'
import type { CollabSession, SessionState } from './collabSession.js'

/** The session's loading and connection state, re-rendering only when it changes. */
export function useSessionState(session: CollabSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState)
}
