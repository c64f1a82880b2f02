import { documentSections } from '../checks/document-sections.js'
import { findTemplateSection } from '../checks/sections.js'
import type { DocNode } from '../document/json.js'
import type { Template, TemplateSection } from './template.js'

/**
 * The blocks that restore a template section: its level-1 heading, then its fixed body (Copyright's
 * exact wording) or one empty paragraph, where the editor shows the guidance. The same shape
 * {@link templateDocument} seeds, so a restored section looks like a new one.
 */
export function sectionBlocks(section: TemplateSection): DocNode[] {
  const heading: DocNode = { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: section.title }] }
  const body = (section.body ?? ['']).map((text): DocNode =>
    text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
  )
  return [heading, ...body]
}

/**
 * Where in `doc.content` a missing `section` goes in template order: before the first section the
 * template puts after it, else at the end. Headings that match no template section are skipped,
 * as they do not tell where the template order is. Throws for a title the template lacks
 * (a programmer error: only template sections can be restored).
 */
export function sectionInsertionIndex(doc: DocNode, template: Template, title: string): number {
  const rank = template.sections.findIndex((s) => s.title === title)
  if (rank < 0) throw new Error(`Template ${template.id} has no section ${JSON.stringify(title)}`)
  for (const found of documentSections(doc)) {
    const match = findTemplateSection(found.title, template)
    if (match && template.sections.indexOf(match) > rank) return found.index
  }
  return Array.isArray(doc.content) ? doc.content.length : 0
}
