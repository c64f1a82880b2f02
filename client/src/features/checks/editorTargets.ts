import { findTemplateSection, type Template } from '@pepdraft/core'
import type { Editor } from '@tiptap/core'
import type { Node } from '@tiptap/pm/model'

export interface NodeTarget {
  /** The position just before the node. */
  pos: number
  node: Node
}

/**
 * The node at an index path from `doc.content` (the shape of `Problem.path`), or undefined when the
 * document changed since the check ran and the path no longer leads anywhere.
 */
export function nodeAtPath(doc: Node, path: readonly number[]): NodeTarget | undefined {
  let parent = doc
  let contentStart = 0
  for (const [depth, index] of path.entries()) {
    if (index < 0 || index >= parent.childCount) return undefined
    let pos = contentStart
    for (let i = 0; i < index; i++) pos += parent.child(i).nodeSize
    const node = parent.child(index)
    if (depth === path.length - 1) return { pos, node }
    parent = node
    contentStart = pos + 1
  }
  return undefined
}

/** The level-1 heading of a template section, matched by title or alias as the checks match it. */
export function sectionHeading(doc: Node, template: Template, title: string): NodeTarget | undefined {
  const wanted = template.sections.find((s) => s.title === title)
  let found: NodeTarget | undefined
  doc.forEach((node, pos) => {
    if (found || node.type.name !== 'heading' || node.attrs.level !== 1) return
    const match = findTemplateSection(node.textContent, template)
    if (wanted ? match === wanted : node.textContent.trim() === title) found = { pos, node }
  })
  return found
}

/** The empty textblock right after a section heading: where the section's text goes, if it is empty. */
export function emptyBodyAfter(doc: Node, heading: NodeTarget): NodeTarget | undefined {
  const pos = heading.pos + heading.node.nodeSize
  const next = pos < doc.content.size ? doc.nodeAt(pos) : null
  return next?.isTextblock && next.content.size === 0 ? { pos, node: next } : undefined
}

/** Puts the caret inside an empty textblock, focused and in view, ready for typing. */
export function placeCaretIn(editor: Editor, { pos }: NodeTarget): void {
  editor.chain().setTextSelection(pos + 1).run()
  focusNow(editor)
  revealPosition(editor, pos)
}

/** The sum of the sizes of the first `index` top-level blocks: where block `index` starts. */
export function topLevelPosition(doc: Node, index: number): number {
  let pos = 0
  for (let i = 0; i < Math.min(index, doc.childCount); i++) pos += doc.child(i).nodeSize
  return pos
}

/**
 * Selects the target (its text for text and textblocks, the whole node otherwise) and scrolls it to
 * the middle of the window, clear of the sticky header and toolbar.
 */
export function selectAndReveal(editor: Editor, { pos, node }: NodeTarget): void {
  const chain = editor.chain()
  if (node.isText) chain.setTextSelection({ from: pos, to: pos + node.nodeSize })
  else if (node.isTextblock) chain.setTextSelection({ from: pos + 1, to: pos + node.nodeSize - 1 })
  else chain.setNodeSelection(pos)
  chain.run()
  focusNow(editor)
  revealPosition(editor, pos)
}

/**
 * Tiptap's `focus` command waits for the next animation frame; keys pressed right after the click
 * would go to the panel button and typing would then replace the selection. Focus synchronously.
 */
export function focusNow(editor: Editor): void {
  editor.view.focus()
}

export function revealPosition(editor: Editor, pos: number): void {
  const dom = editor.view.nodeDOM(pos)
  const element = dom instanceof Element ? dom : dom?.parentElement
  element?.scrollIntoView({ block: 'center' })
}
