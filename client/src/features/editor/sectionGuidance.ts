import { findTemplate, type TemplateSection } from '@pepdraft/core'
import { Extension } from '@tiptap/core'
import type { Node } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

const EMPTY_DOCUMENT = 'Start writing your PEP…'
const EMPTY_HEADING = 'Section title'

/**
 * Placeholder text for empty blocks: the template's guidance in the first block of an empty section.
 * Guidance is help, never document content (DESIGN.md), so it lives in decorations only.
 *
 * Not Tiptap's Placeholder: its callback runs while `editor.state` is still the previous state, so it
 * cannot see a block's neighbours, and after the first Yjs sync it marked every section as an empty
 * document. Here decorations are computed from the state being built.
 */
export function sectionGuidance(templateId: string | undefined): Extension {
  const sections = (templateId ? findTemplate(templateId)?.sections : undefined) ?? []
  return Extension.create({
    name: 'sectionGuidance',
    addProseMirrorPlugins() {
      return [
        new Plugin<DecorationSet>({
          key: new PluginKey('sectionGuidance'),
          state: {
            init: (_config, state) => guidanceDecorations(state.doc, sections),
            apply: (tr, previous) => (tr.docChanged ? guidanceDecorations(tr.doc, sections) : previous),
          },
          props: {
            decorations(state) {
              return this.getState(state)
            },
          },
        }),
      ]
    },
  })
}

/** Top-level blocks only: guidance is about sections, and a PEP has a few hundred blocks at most. */
export function guidanceDecorations(doc: Node, sections: readonly TemplateSection[]): DecorationSet {
  const decorations: Decoration[] = []
  const onlyChild = doc.childCount === 1 ? doc.firstChild : null
  if (onlyChild?.isTextblock && onlyChild.content.size === 0) {
    return DecorationSet.create(doc, [placeholder(0, onlyChild, EMPTY_DOCUMENT)])
  }
  let previous: Node | null = null
  doc.forEach((block, offset) => {
    if (block.isTextblock && block.content.size === 0) {
      if (block.type.name === 'heading') decorations.push(placeholder(offset, block, EMPTY_HEADING))
      const guidance =
        block.type.name === 'paragraph' && previous?.type.name === 'heading'
          ? findSection(sections, previous.textContent)?.guidance
          : undefined
      if (guidance) decorations.push(hint(offset, block, guidance))
    }
    previous = block
  })
  return DecorationSet.create(doc, decorations)
}

/** One line, drawn over the empty block. */
function placeholder(pos: number, block: Node, text: string): Decoration {
  return Decoration.node(pos, pos + block.nodeSize, { class: 'is-empty', 'data-placeholder': text }, { text })
}

/** Several lines, drawn under the empty line where the caret goes, so it never covers the next block. */
function hint(pos: number, block: Node, text: string): Decoration {
  return Decoration.node(pos, pos + block.nodeSize, { class: 'section-guidance', 'data-guidance': text }, { text })
}

function findSection(sections: readonly TemplateSection[], title: string): TemplateSection | undefined {
  const wanted = title.trim().toLowerCase()
  return sections.find((section) => [section.title, ...section.aliases].some((name) => name.toLowerCase() === wanted))
}
