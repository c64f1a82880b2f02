import type { DocNode } from '../document/json.js'
import { findTemplateSection } from '../checks/sections.js'
import type { Template, TemplateSection } from '../templates/template.js'

export interface SectionMatch {
  section: TemplateSection
  /** Characters to remove from the start of the title ("1. ") and from its end (":"). */
  prefix: string
  suffix: string
}

/** Numbering authors put before a section title: `1.`, `2.3`, `4)`, `IV.` (PEP 12 titles are not numbered). */
const NUMBERING = /^\s*(?:\d+(?:\.\d+)*[.)]?|[IVX]+[.)])\s+/
/** A colon ending a title ("Motivation:"). */
const TRAILING_COLON = /\s*:\s*$/

/**
 * The template section a heading stands for: its title or an alias, case-insensitively and
 * trimmed (PEP-RULES.md §2), ignoring numbering before it and a colon after it.
 */
export function matchSection(title: string, template: Template): SectionMatch | undefined {
  const prefix = NUMBERING.exec(title)?.[0] ?? ''
  const rest = title.slice(prefix.length)
  const suffix = TRAILING_COLON.exec(rest)?.[0] ?? ''
  const cleaned = rest.slice(0, rest.length - suffix.length)
  if (cleaned.trim() === '') return undefined
  const section = findTemplateSection(cleaned, template)
  return section ? { section, prefix, suffix } : undefined
}

/** Inline content with `start` characters taken off its beginning and `end` off its end (text nodes only). */
export function withoutEnds(content: readonly DocNode[], start: number, end: number): DocNode[] {
  const result = [...content]
  for (let left = start; left > 0 && result[0]?.type === 'text'; ) {
    const text = result[0].text ?? ''
    result[0] = { ...result[0], text: text.slice(Math.min(left, text.length)) }
    left -= Math.min(left, text.length)
    if (result[0].text === '') result.shift()
  }
  for (let left = end; left > 0 && result[result.length - 1]?.type === 'text'; ) {
    const last = result[result.length - 1] as DocNode
    const text = last.text ?? ''
    const keep = Math.max(0, text.length - left)
    left -= text.length - keep
    if (keep === 0) result.pop()
    else result[result.length - 1] = { ...last, text: text.slice(0, keep) }
  }
  return result
}
