import { useSyncExternalStore } from 'react'
import { loadDrafts, subscribeDrafts, type LocalDraft } from '../../lib/drafts.js'

/** The drafts opened in this browser, most recent first; follows changes made in other tabs. */
export function useDrafts(): readonly LocalDraft[] {
  return useSyncExternalStore(subscribeDrafts, loadDrafts)
}
