import type { DocNode } from '../document/json.js'
import type { Preamble } from '../preamble/fields.js'
import type { Template } from '../templates/template.js'
import { checkLinks } from './links.js'
import { checkPreamble } from './preamble.js'
import { type CheckReport, toReport } from './problem.js'
import { checkSections } from './sections.js'
import { checkStructure } from './structure.js'

export interface CheckOptions {
  /** The date "in the future" is measured from (PEP-RULES §1 row 11); passed in, never read from a clock. */
  today: Date
}

/**
 * Everything python/peps would reject in this draft, and what PEP 1 and the template expect, as
 * values with stable codes: preamble, sections, structure, links. `ok` is true when nothing is an
 * error. Bad user data never throws; arguments that are not a document, preamble or template do.
 */
export function check(doc: DocNode, preamble: Preamble, template: Template, options: CheckOptions): CheckReport {
  if (typeof doc !== 'object' || doc === null || doc.type !== 'doc') {
    throw new Error(`check expects a document node of type "doc", got ${JSON.stringify(doc)?.slice(0, 80)}`)
  }
  if (typeof template !== 'object' || template === null || !Array.isArray(template.sections)) {
    throw new Error(`check expects a template with sections, got ${JSON.stringify(template)?.slice(0, 80)}`)
  }
  return toReport([
    ...checkPreamble(preamble, template, options),
    ...checkSections(doc, template),
    ...checkStructure(doc),
    ...checkLinks(doc),
  ])
}
