import type { Editor } from '@tiptap/core'
import { type RefObject, useCallback, useEffect, useLayoutEffect, useState } from 'react'
import { type CardLayout, layoutCards } from './cardLayout.js'
import { useEditorDom } from './useEditorDom.js'

/** Wide enough for document, review margin and checks side by side (review.css uses the same width). */
export const ALIGNED_MEDIA = '(min-width: 80rem)'

/** Where each card's text is: the element to line the card up with, if any. */
export type AnchorLookup = (key: string) => Element | null

/**
 * Card positions level with their text, measured from the DOM. `null` when the window is too narrow
 * for a margin beside the document: the cards then flow as a list in document order.
 */
export function useAlignedLayout(
  listRef: RefObject<HTMLElement | null>,
  editor: Editor,
  keys: readonly string[],
  findAnchor: AnchorLookup,
  priorityKey: string | null,
): CardLayout | null {
  const aligned = useMediaQuery(ALIGNED_MEDIA)
  const editorDom = useEditorDom(editor)
  const [layout, setLayout] = useState<CardLayout | null>(null)

  const measure = useCallback(() => {
    const list = listRef.current
    if (!aligned || !list) return setLayout(null)
    const origin = list.getBoundingClientRect().top
    const slots = keys.map((key) => {
      const card = list.querySelector<HTMLElement>(`[data-card-key="${CSS.escape(key)}"]`)
      const anchor = findAnchor(key)
      return { key, height: card?.offsetHeight ?? 0, desired: anchor ? anchor.getBoundingClientRect().top - origin : null }
    })
    const next = layoutCards(slots, priorityKey)
    setLayout((previous) => (previous && sameLayout(previous, next) ? previous : next))
  }, [aligned, listRef, keys, findAnchor, priorityKey])

  // Every render may have changed a card's height or an anchor's place.
  useLayoutEffect(measure)

  useEffect(() => {
    const list = listRef.current
    if (!aligned || !list) return
    let frame = 0
    const schedule = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(measure)
    }
    // The page around the document (preamble form, fonts, window width) moves the anchors too.
    const observer = new ResizeObserver(schedule)
    for (const card of list.children) observer.observe(card)
    if (editorDom) observer.observe(editorDom)
    observer.observe(list.parentElement?.parentElement ?? document.body)
    editor.on('update', schedule)
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
      editor.off('update', schedule)
    }
  }, [aligned, listRef, editor, editorDom, measure])

  return aligned ? layout : null
}

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches)
  useEffect(() => {
    const list = matchMedia(query)
    const update = () => setMatches(list.matches)
    update()
    list.addEventListener('change', update)
    return () => list.removeEventListener('change', update)
  }, [query])
  return matches
}

function sameLayout(a: CardLayout, b: CardLayout): boolean {
  const keys = Object.keys(b.tops)
  return a.height === b.height && keys.length === Object.keys(a.tops).length && keys.every((key) => a.tops[key] === b.tops[key])
}
