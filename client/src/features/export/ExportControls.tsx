import type * as Y from 'yjs'
import { downloadText } from '../../lib/downloadText.js'
import { exportNow } from './useRstExport.js'

interface ExportControlsProps {
  ydoc: Y.Doc
  previewOpen: boolean
  onPreviewChange: (open: boolean) => void
}

/** Export (download `pep-NNNN.rst`) and the side-by-side preview toggle; every role may export. */
export function ExportControls({ ydoc, previewOpen, onPreviewChange }: ExportControlsProps) {
  return (
    <>
      <button type="button" className="button button--quiet" aria-pressed={previewOpen} onClick={() => onPreviewChange(!previewOpen)}>
        RST preview
      </button>
      <button
        type="button"
        className="button"
        title="Download the PEP as reStructuredText for python/peps"
        onClick={() => {
          const { rst, fileName } = exportNow(ydoc)
          downloadText(fileName, rst, 'text/x-rst;charset=utf-8')
        }}
      >
        Export .rst
      </button>
    </>
  )
}
