import { normalizeTitle } from '../checks/walk.js'
import type { DocNode } from '../document/json.js'
import { sectionBlocks } from '../templates/section-insertion.js'
import type { Template, TemplateSection } from '../templates/template.js'
import type { ImportState } from './context.js'
import { plainText } from './inline.js'
import { matchSection, withoutEnds } from './section-title.js'

/** A level-1 heading and the blocks up to the next one (PEP-RULES.md §2). */
interface Section {
  heading: DocNode
  body: DocNode[]
  match?: TemplateSection
}

/** PEP 12: footnotes are defined in the Footnotes section (alias References). */
const FOOTNOTES = 'footnotes'

/** A section matching the template, with the unmatched sections that followed it in the Markdown. */
interface Group {
  section: Section
  followers: Section[]
}

/**
 * Lays the converted blocks out in the template's structure: sections matching a template
 * section go to its place in template order, each followed by the unmatched sections that
 * followed it in the Markdown; unmatched sections before any matched one stay first. Template
 * sections the Markdown lacks are added empty (Copyright with its fixed wording). Content before
 * the first heading becomes the first template section (Abstract) when the Markdown has none.
 */
export function arrangeSections(blocks: readonly DocNode[], template: Template, state: ImportState, prefaceLine?: number): DocNode[] {
  const preface: DocNode[] = []
  const sections: Section[] = []
  for (const block of blocks) {
    if (block.type === 'heading' && block.attrs?.level === 1) sections.push(matched(block, template, state))
    else (sections[sections.length - 1]?.body ?? preface).push(block)
  }
  reportReordering(sections, template, state)
  const leading: Section[] = []
  const groups = new Map<TemplateSection, Group[]>()
  let current: Group | undefined
  for (const section of sections) {
    if (section.match) {
      current = { section, followers: [] }
      groups.set(section.match, [...(groups.get(section.match) ?? []), current])
    } else if (current) current.followers.push(section)
    else leading.push(section)
  }
  const out: DocNode[] = []
  const first = template.sections[0]
  if (preface.length > 0 && first && !groups.has(first)) {
    state.report.add('preface-to-abstract', `The text before the first heading became the “${first.title}” section.`, prefaceLine)
    groups.set(first, [{ section: { heading: sectionBlocks(first)[0] as DocNode, body: preface, match: first }, followers: [] }])
  } else out.push(...preface)
  const trailing = placeFootnotes(groups, sections, template, state)
  out.push(...leading.flatMap((section) => emit(section, state)))
  for (const wanted of template.sections) {
    const found = groups.get(wanted)
    if (!found) out.push(...sectionBlocks(wanted))
    for (const group of found ?? []) out.push(...[group.section, ...group.followers].flatMap((section) => emit(section, state)))
  }
  return [...out, ...trailing]
}

/** The section a heading opens, with numbering or a trailing colon taken off a matching title. */
function matched(heading: DocNode, template: Template, state: ImportState): Section {
  const title = plainText(heading.content)
  const match = matchSection(title, template)
  if (!match) return { heading, body: [] }
  if (match.prefix === '' && match.suffix === '') return { heading, body: [], match: match.section }
  const content = withoutEnds(heading.content ?? [], match.prefix.length, match.suffix.length)
  const cleaned: DocNode = { ...heading, content }
  const line = state.lines.get(heading)
  if (line !== undefined) state.lines.set(cleaned, line)
  const dropped = `${match.prefix.trim()} ${match.suffix.trim()}`.trim()
  state.report.add('section-title-cleaned', `The heading “${title.trim()}” is the “${match.section.title}” section; “${dropped}” was taken off its title (PEP 12 titles have no numbering or trailing colon).`, line, dropped)
  return { heading: cleaned, body: [], match: match.section }
}

/** The heading and body of a section; a matched section left empty looks like a new template section. */
function emit(section: Section, state: ImportState): DocNode[] {
  if (section.body.length > 0 || !section.match) return [section.heading, ...section.body]
  const fixed = section.match.body ?? []
  if (fixed.length > 0) {
    const line = state.lines.get(section.heading)
    state.report.add('section-body-from-template', `The “${section.match.title}” section was empty; it now has the template's fixed wording.`, line)
  }
  return [section.heading, ...sectionBlocks(section.match).slice(1)]
}

/** Reports each matched section that the template order puts before one that preceded it. */
function reportReordering(sections: readonly Section[], template: Template, state: ImportState): void {
  let highest: { rank: number; title: string } | undefined
  for (const section of sections) {
    if (!section.match) continue
    const rank = template.sections.indexOf(section.match)
    if (highest && rank < highest.rank) {
      state.report.add(
        'section-reordered',
        `“${section.match.title}” was moved before “${highest.title}”, in the ${template.name} template's order.`,
        state.lines.get(section.heading),
      )
    } else highest = { rank, title: section.match.title }
  }
}

/**
 * PEP 12: footnotes are defined in the Footnotes section. They go at the end of the first section
 * matching it, or of one made for them; those defined elsewhere in the Markdown are reported as
 * moved. Returns the blocks to append when the template has no such section.
 */
function placeFootnotes(groups: Map<TemplateSection, Group[]>, sections: readonly Section[], template: Template, state: ImportState): DocNode[] {
  const footnotes = state.footnotes
  if (footnotes.length === 0) return []
  const wanted = template.sections.find((s) => normalizeTitle(s.title) === FOOTNOTES)
  const existing = wanted ? groups.get(wanted)?.[0]?.section : undefined
  const index = existing ? sections.indexOf(existing) : -1
  const from = existing ? (state.lines.get(existing.heading) ?? 0) : Infinity
  const next = index >= 0 ? sections[index + 1] : undefined
  const to = next ? (state.lines.get(next.heading) ?? Infinity) : Infinity
  const moved = footnotes.map((f) => state.lines.get(f)).filter((line) => line === undefined || line < from || line > to)
  if (moved.length > 0) {
    const where = wanted?.title ?? 'Footnotes'
    state.report.add('footnotes-moved', `${moved.length} footnote definition(s) were moved to the ${where} section, where PEP 12 defines footnotes.`, moved[0])
  }
  if (existing) existing.body.push(...footnotes)
  else if (wanted) groups.set(wanted, [{ section: { heading: sectionBlocks(wanted)[0] as DocNode, body: [...footnotes], match: wanted }, followers: [] }])
  else return [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Footnotes' }] }, ...footnotes]
  return []
}
