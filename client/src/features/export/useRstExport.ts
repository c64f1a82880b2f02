import { type RstResult, pepFileName, readContent, readPreamble, toRst } from '@pepdraft/core'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

export interface RstExport extends RstResult {
  fileName: string
}

/** The export of the document as it is now: the same `toRst` the server runs, so they agree. */
export function exportNow(ydoc: Y.Doc): RstExport {
  const preamble = readPreamble(ydoc)
  return { ...toRst(readContent(ydoc), preamble), fileName: pepFileName(preamble) }
}

const DEBOUNCE_MS = 200

/** The live export while `enabled`, recomputed shortly after each change to the Y.Doc. */
export function useRstExport(ydoc: Y.Doc, enabled: boolean): RstExport | undefined {
  const [result, setResult] = useState<RstExport>()
  useEffect(() => {
    if (!enabled) return
    setResult(exportNow(ydoc))
    let timer: ReturnType<typeof setTimeout> | undefined
    const onUpdate = () => {
      clearTimeout(timer)
      timer = setTimeout(() => setResult(exportNow(ydoc)), DEBOUNCE_MS)
    }
    ydoc.on('update', onUpdate)
    return () => {
      clearTimeout(timer)
      ydoc.off('update', onUpdate)
    }
  }, [ydoc, enabled])
  return enabled ? result : undefined
}
