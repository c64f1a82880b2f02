import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const editor = (page: Page) => page.getByRole('textbox', { name: 'PEP text' })

interface ResolvedCaret {
  parent: { type: { name: string }; textContent: string; content: { size: number } }
  parentOffset: number
  index(depth: number): number
  node(depth: number): { maybeChild(index: number): { type: { name: string }; textContent: string } | null }
}

/**
 * Where the editor's selection is: its block's type, text and offset, read from the editor state
 * (Tiptap hangs the editor on its element). Not from the DOM: ProseMirror takes a caret moved by a
 * click or Home from the next `selectionchange`, and a key pressed before that acts on the old one.
 */
export function editorCaret(page: Page): Promise<string> {
  return editor(page).evaluate((element) => {
    const { $from } = (element as unknown as { editor: { state: { selection: { $from: ResolvedCaret } } } }).editor.state.selection
    return `${$from.parent.type.name}:${$from.parent.textContent}:${$from.parentOffset}`
  })
}

/**
 * Puts the caret at the end of the paragraph right after the section heading `title`, and waits
 * until the editor state has it there, so the next key lands in that paragraph even on a busy
 * machine (a click, then End, are read from later `selectionchange` events).
 */
export async function clickIntoSection(page: Page, title: string): Promise<void> {
  await editor(page).locator(`h1:has-text("${title}") + p`).click()
  await page.keyboard.press('End')
  const where = () =>
    editor(page).evaluate((element) => {
      const { $from } = (element as unknown as { editor: { state: { selection: { $from: ResolvedCaret } } } }).editor.state.selection
      const before = $from.node(0).maybeChild($from.index(0) - 1)
      const atEnd = $from.parentOffset === $from.parent.content.size
      return `${$from.parent.type.name} after ${before?.type.name} “${before?.textContent}”${atEnd ? ', at its end' : ''}`
    })
  await expect.poll(where).toBe(`paragraph after heading “${title}”, at its end`)
}
