import { useEffect, useState, useSyncExternalStore } from 'react'
import { ReviewRoom, type ReviewRoomState } from './reviewRoom.js'

const NOT_OPEN: ReviewRoomState = { threads: [], synced: false }
const noSubscription = () => () => undefined

/** The document's review threads, live from the review room while the component is mounted. */
export function useReviewThreads(docId: string, token: string): ReviewRoomState {
  const [room, setRoom] = useState<ReviewRoom | null>(null)
  useEffect(() => {
    const opened = new ReviewRoom(docId, token)
    setRoom(opened)
    return () => {
      opened.destroy()
      setRoom(null)
    }
  }, [docId, token])
  return useSyncExternalStore(room?.subscribe ?? noSubscription, room?.getState ?? (() => NOT_OPEN))
}
