import { THREADS_MAP, type Thread, type ThreadChange, isRefusal } from '@pepdraft/core'
import type { RoomRegistry } from '../rooms.js'
import { ApiError } from './http.js'

const REFUSAL_STATUS = { not_found: 404, forbidden: 403, invalid: 400, conflict: 409 } as const

export function reviewRoom(docId: string): string {
  return `${docId}/review`
}

/** All threads of a document, in creation order. */
export async function readThreads(rooms: RoomRegistry, docId: string): Promise<Thread[]> {
  return rooms.use(reviewRoom(docId), (room) => {
    const threads = [...room.doc.getMap<Thread>(THREADS_MAP).values()]
    return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  })
}

/**
 * Applies `change` to one thread in the review room, the server being its only writer
 * (DESIGN.md); Yjs broadcasts the result to every client. Refusals become API errors.
 */
export async function updateThread(
  rooms: RoomRegistry,
  docId: string,
  threadId: string,
  change: (thread: Thread) => ThreadChange | Promise<ThreadChange>,
): Promise<Thread> {
  return rooms.use(reviewRoom(docId), async (room) => {
    const threads = room.doc.getMap<Thread>(THREADS_MAP)
    const thread = threads.get(threadId)
    if (!thread) throw new ApiError(404, 'unknown_thread', 'no such thread in this document')
    const next = await change(thread)
    if (isRefusal(next)) throw new ApiError(REFUSAL_STATUS[next.refused], next.refused, next.message)
    if (next !== thread) threads.set(threadId, next)
    return next
  })
}

export async function storeNewThread(rooms: RoomRegistry, docId: string, thread: Thread): Promise<void> {
  await rooms.use(reviewRoom(docId), (room) => {
    room.doc.getMap<Thread>(THREADS_MAP).set(thread.id, thread)
  })
}

export async function removeThread(rooms: RoomRegistry, docId: string, threadId: string): Promise<void> {
  await rooms.use(reviewRoom(docId), (room) => {
    room.doc.getMap<Thread>(THREADS_MAP).delete(threadId)
  })
}
