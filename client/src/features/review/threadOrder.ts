import type { Thread } from '@pepdraft/core'

export type ThreadFilter = 'open' | 'resolved' | 'all'

/** Threads on text in the order of their text, then the threads on deleted text, oldest first. */
export function threadsInReadingOrder(threads: readonly Thread[], attachedOrder: readonly string[]): Thread[] {
  const rank = new Map(attachedOrder.map((id, i) => [id, i]))
  return threads
    .map((thread, index) => ({ thread, index }))
    .sort((a, b) => (rank.get(a.thread.id) ?? Infinity) - (rank.get(b.thread.id) ?? Infinity) || a.index - b.index)
    .map(({ thread }) => thread)
}

export function matchesFilter(thread: Thread, filter: ThreadFilter): boolean {
  return filter === 'all' || thread.status === filter
}
