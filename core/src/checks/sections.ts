import type { DocNode } from '../document/json.js'
import type { Template, TemplateSection } from '../templates/template.js'
import { copyrightProblems } from './copyright.js'
import { type DocumentSection, documentSections } from './document-sections.js'
import { type Problem, error, warning } from './problem.js'
import { type PlacedSection, sectionOrderProblems } from './section-order.js'
import { hasContent, normalizeTitle } from './walk.js'

/** PEP 1 and PEP-RULES §2: every PEP starts with Abstract and ends with Copyright. */
const FIRST = 'Abstract'
const LAST = 'Copyright'

/** The template section a heading stands for: its title or an alias, case-insensitively. */
export function findTemplateSection(title: string, template: Template): TemplateSection | undefined {
  const key = normalizeTitle(title)
  return template.sections.find(
    (s) => normalizeTitle(s.title) === key || s.aliases.some((a) => normalizeTitle(a) === key),
  )
}

function isNamed(section: DocumentSection, name: string, template: Template): boolean {
  const match = findTemplateSection(section.title, template)
  return normalizeTitle(match?.title ?? section.title) === normalizeTitle(name)
}

/**
 * PEP-RULES §2: each section the template requires is present and not empty; Abstract comes first
 * and Copyright last, with the exact wording; the other sections follow the template's order (warning).
 */
export function checkSections(doc: DocNode, template: Template): Problem[] {
  const sections = documentSections(doc)
  const problems: Problem[] = []
  const placed: PlacedSection[] = []
  template.sections.forEach((wanted, rank) => {
    const found = sections.filter((s) => findTemplateSection(s.title, template) === wanted)
    const [first, ...extra] = found
    if (!first) {
      if (wanted.required) problems.push(missing(wanted, template))
      return
    }
    for (const again of extra) {
      problems.push(
        warning('section.duplicate', `There are ${found.length} “${wanted.title}” sections: merge them into one.`, {
          section: wanted.title,
          path: [again.index],
        }),
      )
    }
    if (!hasContent(first.body)) problems.push(empty(wanted, first))
    else if (normalizeTitle(wanted.title) === normalizeTitle(LAST))
      problems.push(...copyrightProblems(first.body, first.index, wanted.title))
    const fixed = [FIRST, LAST].some((name) => normalizeTitle(name) === normalizeTitle(wanted.title))
    if (!fixed) placed.push({ title: wanted.title, rank, index: first.index })
  })
  const firstSection = sections[0]
  const abstract = sections.find((s) => isNamed(s, FIRST, template))
  if (firstSection && abstract && abstract !== firstSection) {
    problems.push(
      error(
        'section.abstract-first',
        `Abstract must be the first section; it comes after “${firstSection.title.trim()}”.`,
        { section: FIRST, path: [abstract.index] },
      ),
    )
  }
  const lastSection = sections.at(-1)
  const copyright = sections.find((s) => isNamed(s, LAST, template))
  if (lastSection && copyright && copyright !== lastSection) {
    problems.push(
      error(
        'section.copyright-last',
        `Copyright must be the last section; “${lastSection.title.trim()}” comes after it.`,
        { section: LAST, path: [copyright.index] },
      ),
    )
  }
  return [...problems, ...sectionOrderProblems(placed)]
}

function missing(wanted: TemplateSection, template: Template): Problem {
  return error(
    'section.missing',
    `The ${template.name} template requires a “${wanted.title}” section: add it as a level-1 heading.`,
    { section: wanted.title },
  )
}

function empty(wanted: TemplateSection, found: DocumentSection): Problem {
  const where = { section: wanted.title, path: [found.index] }
  if (!wanted.required) {
    return warning('section.empty-optional', `“${wanted.title}” is empty: fill it in or remove the section.`, where)
  }
  const guidance = /^.*?[.!?](?=\s|$)/.exec(wanted.guidance)?.[0] ?? wanted.guidance
  const fixed = wanted.body?.length ? ` Its text is fixed: “${wanted.body.join(' ')}”` : guidance ? ` ${guidance}` : ''
  return error('section.empty', `The required “${wanted.title}” section is empty.${fixed}`, where)
}
