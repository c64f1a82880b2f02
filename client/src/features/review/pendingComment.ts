import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'

/** The text a comment is being written about, as relative positions in the content doc. */
export interface PendingRange {
  from: Y.RelativePosition
  to: Y.RelativePosition
}

interface PendingState {
  relative: PendingRange
  from: number
  to: number
}

const key = new PluginKey<PendingState | null>('pendingComment')

/**
 * Keeps the selected text highlighted while its comment is written (focus has left the editor, so
 * the selection no longer shows). y-tiptap applies remote changes by replacing the whole document,
 * which would collapse a mapped range: after those, the range is resolved again from Yjs.
 */
export const PendingComment = Extension.create({
  name: 'pendingComment',
  addProseMirrorPlugins() {
    return [
      new Plugin<PendingState | null>({
        key,
        state: {
          init: () => null,
          apply(tr, previous, oldState) {
            const meta = tr.getMeta(key) as { range: PendingRange | null } | undefined
            if (meta) return meta.range ? resolve(oldState, meta.range) : null
            if (!previous || !tr.docChanged) return previous
            return isRemote(tr) ? resolve(oldState, previous.relative) : mapped(tr, previous)
          },
        },
        props: {
          decorations(state) {
            const pending = key.getState(state)
            if (!pending || pending.from >= pending.to) return undefined
            return DecorationSet.create(state.doc, [Decoration.inline(pending.from, pending.to, { class: 'comment-pending' })])
          },
        },
      }),
    ]
  },
})

/** The transaction that starts (or, with `null`, stops) highlighting `range`. */
export function setPendingComment(state: EditorState, range: PendingRange | null): Transaction {
  return state.tr.setMeta(key, { range })
}

function isRemote(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined
  return meta?.isChangeOrigin === true
}

function mapped(tr: Transaction, previous: PendingState): PendingState {
  return { ...previous, from: tr.mapping.map(previous.from, 1), to: tr.mapping.map(previous.to, -1) }
}

function resolve(state: EditorState, relative: PendingRange): PendingState | null {
  const binding = (ySyncPluginKey.getState(state) as { binding?: { doc: Y.Doc; type: Y.XmlFragment; mapping: never } } | undefined)?.binding
  if (!binding) return null
  const from = relativePositionToAbsolutePosition(binding.doc, binding.type, relative.from, binding.mapping)
  const to = relativePositionToAbsolutePosition(binding.doc, binding.type, relative.to, binding.mapping)
  return from === null || to === null ? null : { relative, from, to }
}
