import { flushSync } from 'react-dom'

/**
 * Moves focus to a control of a list row after the row list re-rendered. Adding, removing and
 * reordering rows replaces the focused control, and keyboard users would otherwise be thrown back
 * to the top of the page. Called from the click handler that changed the rows: their render is
 * flushed at once so focus moves before the next keystroke, which would otherwise be lost.
 */
export function focusSoon(...ids: string[]): void {
  flushSync(() => undefined)
  if (!focusFirst(ids)) requestAnimationFrame(() => focusFirst(ids))
}

function focusFirst(ids: readonly string[]): boolean {
  for (const id of ids) {
    const element = document.getElementById(id)
    if (element instanceof HTMLElement && !(element as HTMLButtonElement).disabled) {
      element.focus()
      return true
    }
  }
  return false
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item as T)
  return next
}
