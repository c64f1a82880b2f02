import { COPYRIGHT_TEXT, findTemplate, listTemplates } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'

/** PEP-RULES §2: the current PEP 12 template order. */
const PEP_12_SECTIONS = [
  'Abstract',
  'Motivation',
  'Specification',
  'Rationale',
  'Backwards Compatibility',
  'Security Implications',
  'How to Teach This',
  'Reference Implementation',
  'Rejected Ideas',
  'Open Issues',
  'Acknowledgements',
  'Footnotes',
  'Change History',
  'Copyright',
]

/** PEP-RULES §2: what the Steering Council asks of a large change (PEP 744, 779, 387). */
const COUNCIL_SECTIONS = ['Maintenance', 'Compatibility', 'Success Metrics', 'Multi-Strategy Infrastructure']

describe('the Standards Track template', () => {
  const template = findTemplate('standards-track')!
  const titles = template.sections.map((s) => s.title)

  it('has every PEP 12 section, in PEP 12 order', () => {
    expect(titles.filter((t) => PEP_12_SECTIONS.includes(t))).toEqual(PEP_12_SECTIONS)
  })

  it('requires the sections the Steering Council asks of a large change', () => {
    for (const title of COUNCIL_SECTIONS)
      expect(template.sections.find((s) => s.title === title)?.required, title).toBe(true)
  })

  it('explains what reviewers look for in the council sections, with the precedents', () => {
    const guidance = (title: string) => template.sections.find((s) => s.title === title)!.guidance
    expect(guidance('Maintenance')).toMatch(/maintainers.*review capacity.*release.*roll back/s)
    expect(guidance('Success Metrics')).toMatch(
      /pyperformance geometric mean.*named platforms.*memory.*by whom.*missed/s,
    )
    expect(guidance('Compatibility')).toMatch(
      /platforms.*debuggers and profilers.*C API.*other implementations.*dependencies/s,
    )
    expect(guidance('Multi-Strategy Infrastructure')).toMatch(/coexist.*swapped/s)
    expect(guidance('Backwards Compatibility')).toContain('PEP 387')
  })

  it('knows the common title variants', () => {
    const aliases = (title: string) => template.sections.find((s) => s.title === title)!.aliases
    expect(aliases('Backwards Compatibility')).toContain('Backward Compatibility')
    expect(aliases('Acknowledgements')).toContain('Acknowledgments')
  })
})

describe('every template', () => {
  it('starts with a required Abstract and ends with a required Copyright holding the exact wording', () => {
    for (const template of listTemplates()) {
      expect(template.sections[0]).toMatchObject({ title: 'Abstract', required: true })
      expect(template.sections.at(-1)).toMatchObject({ title: 'Copyright', required: true, body: [COPYRIGHT_TEXT] })
    }
  })

  it('gives every section guidance, and no guidance mentions a direct PEP URL', () => {
    for (const template of listTemplates()) {
      for (const section of template.sections) {
        expect(section.guidance.trim(), `${template.id}: ${section.title}`).not.toBe('')
        expect(section.guidance).not.toMatch(/peps\.python\.org\/pep-/)
      }
    }
  })

  it('has unique titles and aliases, so each heading matches one section at most', () => {
    for (const template of listTemplates()) {
      const names = template.sections.flatMap((s) => [s.title, ...s.aliases].map((n) => n.toLowerCase()))
      expect(new Set(names).size, template.id).toBe(names.length)
    }
  })
})
