import { type CheckReport, checkYDoc } from '@pepdraft/core'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/** Long enough to let a burst of keystrokes settle, short enough to feel immediate. */
export const CHECK_DELAY_MS = 150

/**
 * The submission check report of the live document, recomputed after every Y.Doc update, local or
 * remote. The same `checkYDoc` answers `GET /api/documents/:id/check`, so panel and API agree.
 */
export function useCheckReport(ydoc: Y.Doc, delayMs = CHECK_DELAY_MS): CheckReport {
  const [report, setReport] = useState(() => checkYDoc(ydoc, { today: new Date() }))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const recheck = () => setReport(checkYDoc(ydoc, { today: new Date() }))
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(recheck, delayMs)
    }
    // The doc may have changed between the first render and this effect.
    recheck()
    ydoc.on('update', schedule)
    return () => {
      clearTimeout(timer)
      ydoc.off('update', schedule)
    }
  }, [ydoc, delayMs])
  return report
}
