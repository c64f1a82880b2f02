import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { anchorRuns } from './threadAnchors.js'

/** What the highlights show: each known thread's status and the thread whose card is active. */
export interface HighlightState {
  statuses: Readonly<Record<string, 'open' | 'resolved'>>
  activeId: string | null
}

interface PluginState extends HighlightState {
  decorations: DecorationSet
}

const key = new PluginKey<PluginState>('commentHighlights')
const EMPTY: HighlightState = { statuses: {}, activeId: null }

/**
 * Colours the text under comment marks. Decorations rather than CSS on `.comment-anchor`: the
 * highlight depends on the thread (open, resolved, active), which the mark cannot carry since its
 * attributes never change (DESIGN.md). Marks of unknown (deleted) threads stay unpainted.
 */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<PluginState>({
        key,
        state: {
          init: (_config, state) => ({ ...EMPTY, decorations: highlightDecorations(state.doc, EMPTY) }),
          apply(tr, previous) {
            const meta = tr.getMeta(key) as HighlightState | undefined
            if (!meta && !tr.docChanged) return previous
            const next = meta ?? previous
            return { statuses: next.statuses, activeId: next.activeId, decorations: highlightDecorations(tr.doc, next) }
          },
        },
        props: {
          decorations: (state) => key.getState(state)?.decorations,
        },
      }),
    ]
  },
})

/** The transaction that makes the highlights show `next`; `undefined` when nothing changes. */
export function setHighlights(state: EditorState, next: HighlightState) {
  const current = key.getState(state)
  if (current && current.activeId === next.activeId && sameStatuses(current.statuses, next.statuses)) return undefined
  return state.tr.setMeta(key, next)
}

function highlightDecorations(doc: PMNode, { statuses, activeId }: HighlightState): DecorationSet {
  const decorations = anchorRuns(doc).flatMap(({ threadId, from, to }) => {
    const status = statuses[threadId]
    if (!status) return []
    const classes = ['comment-highlight', `comment-highlight--${status}`]
    if (threadId === activeId) classes.push('comment-highlight--active')
    return [Decoration.inline(from, to, { class: classes.join(' ') })]
  })
  return DecorationSet.create(doc, decorations)
}

function sameStatuses(a: HighlightState['statuses'], b: HighlightState['statuses']): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((id) => a[id] === b[id])
}
