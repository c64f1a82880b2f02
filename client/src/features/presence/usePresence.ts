import { useMemo, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'

export interface Person {
  clientId: number
  name: string
  color: string
  isSelf: boolean
}

/** Everyone in the room with a name (CollaborationCaret puts `{name, color}` under `user`), you first. */
export function usePresence(awareness: Awareness): readonly Person[] {
  const store = useMemo(() => presenceStore(awareness), [awareness])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

function presenceStore(awareness: Awareness) {
  let snapshot = readPeople(awareness)
  const refresh = () => {
    const next = readPeople(awareness)
    // Awareness changes on every caret move; keep the old array unless the people changed.
    if (JSON.stringify(next) !== JSON.stringify(snapshot)) snapshot = next
  }
  return {
    subscribe(listener: () => void) {
      const onChange = () => {
        refresh()
        listener()
      }
      refresh()
      awareness.on('change', onChange)
      return () => awareness.off('change', onChange)
    },
    getSnapshot: () => snapshot,
  }
}

function readPeople(awareness: Awareness): readonly Person[] {
  const people: Person[] = []
  for (const [clientId, state] of awareness.getStates()) {
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user
    if (typeof user?.name !== 'string') continue
    people.push({
      clientId,
      name: user.name,
      color: typeof user.color === 'string' ? user.color : '#777777',
      isSelf: clientId === awareness.clientID,
    })
  }
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || a.clientId - b.clientId)
}
