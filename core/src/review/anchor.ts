import * as Y from 'yjs'
import { CONTENT_FIELD } from '../schema/fields.js'
import { commentMarkAttributes, commentMarkKey } from './comment-mark.js'
import { sectionOf } from './section-of.js'
import { type TextRun, runsBetween, runsText, textsInOrder } from './text-runs.js'

export type AnchorResult =
  | { ok: true; quote: string; section: string | undefined }
  | { ok: false; code: 'invalid_anchor' | 'empty_selection'; message: string }

/** Decodes a base64 `Y.encodeRelativePosition`, or undefined when it is not one. */
export function decodeRelativePosition(encoded: unknown): Y.RelativePosition | undefined {
  if (typeof encoded !== 'string' || encoded.length === 0 || encoded.length > 1024) return undefined
  try {
    const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0))
    return Y.decodeRelativePosition(bytes)
  } catch {
    return undefined
  }
}

export function encodeRelativePosition(position: Y.RelativePosition): string {
  return btoa(String.fromCharCode(...Y.encodeRelativePosition(position)))
}

/** The text runs a selection covers in the content, resolved on `ydoc` (the server's copy). */
export function resolveSelection(ydoc: Y.Doc, from: Y.RelativePosition, to: Y.RelativePosition): TextRun[] | undefined {
  let start: Y.AbsolutePosition | null
  let end: Y.AbsolutePosition | null
  try {
    // Bytes that decode as a relative position can still name nothing sensible; Yjs then throws.
    start = Y.createAbsolutePositionFromRelativePosition(from, ydoc)
    end = Y.createAbsolutePositionFromRelativePosition(to, ydoc)
  } catch {
    return undefined
  }
  if (!start || !end) return undefined
  return runsBetween(ydoc.getXmlFragment(CONTENT_FIELD), start, end)
}

/**
 * Applies the comment mark of `threadId` to the selected text. Reviewers cannot write content, so
 * the server does this from the two relative positions their client sends (DESIGN.md). The quote
 * is read from the server's copy, never taken from the client.
 */
export function applyCommentMark(ydoc: Y.Doc, from: Y.RelativePosition, to: Y.RelativePosition, threadId: string): AnchorResult {
  const runs = resolveSelection(ydoc, from, to)
  if (!runs) return { ok: false, code: 'invalid_anchor', message: 'the selection does not point into this document (reload and select again)' }
  const quote = runsText(runs)
  if (quote.trim() === '') return { ok: false, code: 'empty_selection', message: 'select some text to comment on' }
  const attributes = commentMarkAttributes(threadId)
  ydoc.transact(() => {
    for (const run of runs) run.text.format(run.from, run.to - run.from, attributes)
  })
  return { ok: true, quote, section: sectionOf(ydoc, runs[0]!.text as Y.AbstractType<unknown>) }
}

/** Removes every trace of the thread's comment mark from the content (the thread was deleted). */
export function removeCommentMark(ydoc: Y.Doc, threadId: string): void {
  const key = commentMarkKey(threadId)
  ydoc.transact(() => {
    for (const text of textsInOrder(ydoc.getXmlFragment(CONTENT_FIELD))) {
      let offset = 0
      for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        const length = typeof op.insert === 'string' ? op.insert.length : 1
        if (op.attributes?.[key] !== undefined) text.format(offset, length, { [key]: null })
        offset += length
      }
    }
  })
}
