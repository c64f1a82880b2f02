import type { Preamble } from '../preamble/fields.js'
import { validatePreamble } from '../preamble/validate.js'
import type { Template } from '../templates/template.js'
import { type Problem, warning } from './problem.js'

/**
 * Every preamble rule (PEP-RULES §1), plus one cross-check: the Type header should match the
 * template the sections are checked against, or the required sections are the wrong ones.
 */
export function checkPreamble(preamble: Preamble, template: Template, options: { today: Date }): Problem[] {
  const problems = validatePreamble(preamble, options)
  const type = preamble.Type?.trim()
  const expected = template.preamble.Type
  if (type && expected && type !== expected && !problems.some((p) => p.field === 'Type')) {
    problems.push(
      warning(
        'preamble.type.template',
        `Type is ${type}, but the sections are checked against the ${template.name} template (${expected}).`,
        { field: 'Type' },
      ),
    )
  }
  return problems
}
