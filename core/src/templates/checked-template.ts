import type { Preamble } from '../preamble/fields.js'
import { DEFAULT_TEMPLATE_ID, findTemplate, listTemplates } from './registry.js'
import type { Template } from './template.js'

/**
 * The template a document's sections are checked against. The Type header decides (PEP 1: the
 * type sets what a PEP must contain), so an author turning an imported Informational PEP into a
 * Standards Track one gets the Standards Track sections required as soon as Type says so. The
 * template stored at creation applies while Type is empty or not a known type.
 */
export function checkedTemplate(preamble: Preamble, storedId: string | undefined): Template {
  const type = typeof preamble.Type === 'string' ? preamble.Type.trim() : ''
  const byType = listTemplates().find((t) => t.preamble.Type === type)
  const template = byType ?? findTemplate(storedId ?? DEFAULT_TEMPLATE_ID) ?? findTemplate(DEFAULT_TEMPLATE_ID)
  if (!template) throw new Error(`The default template ${JSON.stringify(DEFAULT_TEMPLATE_ID)} is missing`)
  return template
}
