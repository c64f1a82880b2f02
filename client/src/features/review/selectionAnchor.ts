import { encodeRelativePosition } from '@pepdraft/core'
import type { Editor } from '@tiptap/core'
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'

/** A selection as the review API takes it, plus what the compose box shows. */
export interface SelectionAnchor {
  /** Base64 `Y.encodeRelativePosition` of the selection's ends in the content doc. */
  from: string
  to: string
  /** The relative positions themselves, to keep highlighting the text while the comment is written. */
  relative: { from: Y.RelativePosition; to: Y.RelativePosition }
  /** The selected text, blocks joined by a newline; the server reads its own copy for the thread. */
  quote: string
}

interface SyncBinding {
  type: Y.XmlFragment
  mapping: Parameters<typeof absolutePositionToRelativePosition>[2]
}

/** The y-tiptap binding between the editor and the content fragment, once the view is up. */
export function syncBinding(editor: Editor): SyncBinding | undefined {
  const state = ySyncPluginKey.getState(editor.state) as { binding?: SyncBinding } | undefined
  return state?.binding ?? undefined
}

/**
 * The editor's selection as two Yjs relative positions. Reviewers cannot write content, so the
 * server applies the comment mark between them (DESIGN.md); relative positions survive edits made
 * while the request travels. `undefined` when nothing (or only whitespace) is selected.
 */
export function selectionAnchor(editor: Editor): SelectionAnchor | undefined {
  const { from, to, empty } = editor.state.selection
  if (empty) return undefined
  const quote = editor.state.doc.textBetween(from, to, '\n')
  if (quote.trim() === '') return undefined
  const binding = syncBinding(editor)
  if (!binding) return undefined
  const relative = {
    from: absolutePositionToRelativePosition(from, binding.type, binding.mapping) as Y.RelativePosition,
    to: absolutePositionToRelativePosition(to, binding.type, binding.mapping) as Y.RelativePosition,
  }
  return { from: encodeRelativePosition(relative.from), to: encodeRelativePosition(relative.to), relative, quote }
}
