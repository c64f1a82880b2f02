import type { Preamble } from '@pepdraft/core'
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/**
 * The preamble as co-authors edit it, re-read whenever the shared map changes (a keystroke here or
 * a collaborator's). The map itself is the store: inputs render its values and write back into it.
 */
export function usePreamble(map: Y.Map<unknown>): Preamble {
  const store = useMemo(() => preambleStore(map), [map])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

function preambleStore(map: Y.Map<unknown>) {
  // useSyncExternalStore needs the same object until something changed, so cache one snapshot.
  let snapshot = map.toJSON() as Preamble
  return {
    subscribe(listener: () => void) {
      const onChange = () => {
        snapshot = map.toJSON() as Preamble
        listener()
      }
      // A change between the first render and this subscription: React compares snapshots after
      // subscribing, so a fresh one (only if different, to spare a render) is enough.
      const fresh = map.toJSON() as Preamble
      if (JSON.stringify(fresh) !== JSON.stringify(snapshot)) snapshot = fresh
      map.observe(onChange)
      return () => map.unobserve(onChange)
    },
    getSnapshot: () => snapshot,
  }
}
