import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Role } from '../../lib/api.js'
import type { CollabSession } from '../../lib/collabSession.js'
import type { Identity } from '../../lib/identity.js'
import { setHighlights } from './commentHighlights.js'
import { type CommentDraft, ComposeComment } from './ComposeComment.js'
import { DownloadReview } from './DownloadReview.js'
import { createThread } from './reviewApi.js'
import { ThreadCard } from './ThreadCard.js'
import { ThreadFilterControl } from './ThreadFilterControl.js'
import { type ThreadFilter, matchesFilter, threadsInReadingOrder } from './threadOrder.js'
import { useAlignedLayout } from './useAlignedLayout.js'
import { useAnchorClicks } from './useAnchorClicks.js'
import { useAuthorKey } from './useAuthorKey.js'
import type { CommentComposer } from './useCommentComposer.js'
import { useCommentShortcut } from './useCommentShortcut.js'
import { useEditorDom } from './useEditorDom.js'
import { useReviewActions } from './useReviewActions.js'
import { useReviewThreads } from './useReviewThreads.js'
import { useThreadAnchors } from './useThreadAnchors.js'
import './review.css'
import './thread-card.css'

const COMPOSE_KEY = 'compose'

interface ReviewSidebarProps {
  session: CollabSession
  editor: Editor
  role: Role
  identity: Identity
  composer: CommentComposer
}

/** The review margin: threads beside their text, live from the review room; writes go through the API. */
export function ReviewSidebar({ session, editor, role, identity, composer }: ReviewSidebarProps) {
  const target = useMemo(() => ({ docId: session.docId, token: session.token }), [session])
  const { threads, synced } = useReviewThreads(target.docId, target.token)
  const author = useAuthorKey()
  const actions = useReviewActions(target, identity, author.key, editor)
  const attachedOrder = useThreadAnchors(editor)
  const [filter, setFilter] = useState<ThreadFilter>('open')
  const [hovered, setHovered] = useState<string | null>(null)
  const [focused, setFocused] = useState<string | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [focusRequest, setFocusRequest] = useState<string | null>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const canComment = role !== 'view'

  const attached = useMemo(() => new Set(attachedOrder), [attachedOrder])
  const ordered = useMemo(() => threadsInReadingOrder(threads, attachedOrder), [threads, attachedOrder])
  const visible = useMemo(() => ordered.filter((thread) => matchesFilter(thread, filter)), [ordered, filter])
  const statuses = useMemo(() => Object.fromEntries(threads.map((t) => [t.id, t.status])), [threads])
  const counts = { open: threads.filter((t) => t.status === 'open').length, resolved: threads.filter((t) => t.status === 'resolved').length, all: threads.length }
  const activeId = hovered ?? focused ?? selected

  useEffect(() => {
    const tr = setHighlights(editor.state, { statuses, activeId })
    if (tr && !editor.isDestroyed) editor.view.dispatch(tr)
  }, [editor, statuses, activeId])

  useCommentShortcut(editor, canComment, composer.open)
  useAnchorClicks(editor, (threadId) => {
    setSelected(threadId)
    const thread = threadId ? threads.find((t) => t.id === threadId) : undefined
    if (!thread) return
    if (!matchesFilter(thread, filter)) setFilter('all')
    // Editors keep the caret in the text; readers, who cannot type there, move to the card.
    if (!editor.isEditable) setFocusRequest(thread.id)
  })

  // A card that leaves the list (resolved under "Open", deleted) takes no blur or mouseleave with it.
  useEffect(() => {
    const list = listRef.current
    if (focused !== null && !list?.contains(document.activeElement)) setFocused(null)
    if (hovered !== null && !list?.querySelector(`[data-card-key="${CSS.escape(hovered)}"]:hover`)) setHovered(null)
  })

  useEffect(() => {
    if (!focusRequest) return
    const card = listRef.current?.querySelector<HTMLElement>(`[data-card-key="${CSS.escape(focusRequest)}"]`)
    if (!card) return
    card.focus({ preventScroll: true })
    card.scrollIntoView({ block: 'nearest' })
    setFocusRequest(null)
  })

  const keys = useMemo(() => [...(composer.pending ? [COMPOSE_KEY] : []), ...visible.map((t) => t.id)], [composer.pending, visible])
  const editorDom = useEditorDom(editor)
  const findAnchor = useCallback(
    (key: string) =>
      key === COMPOSE_KEY ? (editorDom?.querySelector('.comment-pending') ?? null) : (editorDom?.querySelector(`[data-thread-id="${CSS.escape(key)}"]`) ?? null),
    [editorDom],
  )
  const layout = useAlignedLayout(listRef, editor, keys, findAnchor, composer.pending ? COMPOSE_KEY : (focused ?? selected))
  const place = (key: string) => (layout ? { top: layout.tops[key] ?? 0 } : undefined)

  const post = async (draft: CommentDraft): Promise<string | undefined> => {
    const anchor = composer.pending
    if (!anchor) return 'Select the text to comment on first.'
    const result = await createThread(target, { from: anchor.from, to: anchor.to, ...draft, author: { ...identity, key: author.key } })
    if (!result.ok) return result.error.message
    composer.close(editor)
    if (filter === 'resolved') setFilter('open')
    if (result.value) setFocusRequest(result.value.id)
    return undefined
  }

  return (
    <aside className="review-sidebar" aria-labelledby="review-heading">
      <div className="review-sidebar__header">
        <h2 id="review-heading" className="review-sidebar__heading">
          Review
        </h2>
        <DownloadReview target={target} />
      </div>
      <ThreadFilterControl value={filter} counts={counts} onChange={setFilter} />
      {!synced && threads.length === 0 && <p className="review-sidebar__empty">Loading review…</p>}
      {synced && visible.length === 0 && !composer.pending && (
        <p className="review-sidebar__empty">
          {threads.length > 0 ? `No ${filter === 'all' ? '' : `${filter} `}threads.` : 'No comments yet.'}
          {canComment && ' Select text and choose Comment to start one.'}
        </p>
      )}
      <div ref={listRef} className={layout ? 'review-sidebar__threads review-sidebar__threads--aligned' : 'review-sidebar__threads'} style={layout ? { height: layout.height } : undefined}>
        {composer.pending && (
          <ComposeComment key={composer.pending.from + composer.pending.to} anchor={composer.pending} style={place(COMPOSE_KEY)} onPost={post} onCancel={() => composer.close(editor)} />
        )}
        {visible.map((thread) => (
          <ThreadCard
            key={thread.id}
            thread={thread}
            attached={attached.has(thread.id)}
            role={role}
            myId={author.id}
            active={thread.id === activeId}
            actions={actions}
            style={place(thread.id)}
            onHover={setHovered}
            onFocusChange={setFocused}
          />
        ))}
      </div>
    </aside>
  )
}
