import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/** The preamble's Title header as the co-authors type it, `undefined` while empty. */
export function usePreambleTitle(preamble: Y.Map<unknown>): string | undefined {
  const subscribe = useCallback(
    (listener: () => void) => {
      preamble.observe(listener)
      return () => preamble.unobserve(listener)
    },
    [preamble],
  )
  return useSyncExternalStore(subscribe, () => {
    const title = preamble.get('Title')
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined
  })
}
