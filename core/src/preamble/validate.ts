import type { Problem } from '../checks/problem.js'
import { directLinkCode, directLinkMessage, findDirectLinks } from '../checks/direct-links.js'
import { type FieldContext, type FieldProblem, fieldError } from './field-problem.js'
import { HEADER_ORDER, type HeaderName, isHeaderName, type Preamble } from './fields.js'
import { emptyValueProblems, isBlank, valueShapeProblem, valueText } from './value-shape.js'
import { validateStatus, validateTopic, validateType } from './validate-choices.js'
import { validateCreated } from './validate-date.js'
import { validateDiscussionsTo, validateResolution } from './validate-discussion.js'
import { validatePepNumber, validatePepReferences } from './validate-numbers.js'
import { validateAuthors, validateDelegate, validateSponsor } from './validate-people.js'
import { validatePostHistory } from './validate-post-history.js'
import { validatePythonVersion } from './validate-python-version.js'
import { validateTitle } from './validate-title.js'

type FieldValidator<K extends HeaderName> = (value: NonNullable<Preamble[K]>, context: FieldContext) => FieldProblem[]

/** One rule set per header (PEP-RULES §1); the mapped type makes a missing header fail `tsc`. */
const VALIDATORS: { [K in HeaderName]: FieldValidator<K> } = {
  PEP: (value) => validatePepNumber(value),
  Title: (value) => validateTitle(value),
  Author: (value) => validateAuthors(value),
  Sponsor: (value) => validateSponsor(value),
  'PEP-Delegate': (value) => validateDelegate(value),
  'Discussions-To': (value) => validateDiscussionsTo(value),
  Status: (value, context) => validateStatus(value, context),
  Type: (value) => validateType(value),
  Topic: (value) => validateTopic(value),
  Requires: (value) => validatePepReferences('Requires', value),
  Created: (value, context) => validateCreated(value, context),
  'Python-Version': (value) => validatePythonVersion(value),
  'Post-History': (value, context) => validatePostHistory(value, context),
  Replaces: (value) => validatePepReferences('Replaces', value),
  'Superseded-By': (value) => validatePepReferences('Superseded-By', value),
  Resolution: (value, context) => validateResolution(value, context),
}

/**
 * The problems of one header value, as the preamble form shows them while the user types.
 * `value` is whatever the preamble map holds (it comes from other clients, so it is checked, not
 * trusted). An unknown header name is a programmer error and throws.
 */
export function validateField(name: HeaderName, value: unknown, context: FieldContext = {}): FieldProblem[] {
  if (!isHeaderName(name)) throw new Error(`Unknown preamble header: ${JSON.stringify(name)}`)
  if (value === undefined || value === null || isBlank(value)) return emptyValueProblems(name, value)
  const shape = valueShapeProblem(name, value)
  if (shape) return [shape]
  if (typeof value === 'string' && /[\r\n]/.test(value)) {
    return [fieldError(name, 'multiline', `${name} must be on one line.`)]
  }
  const validate = VALIDATORS[name] as FieldValidator<HeaderName>
  return [
    ...validate(value as NonNullable<Preamble[HeaderName]>, context),
    ...directLinkProblems(name, valueText(value)),
  ]
}

/** PEP-RULES §1, last rule: no direct PEP or RFC links, in the preamble as anywhere else. */
function directLinkProblems(name: HeaderName, text: string): FieldProblem[] {
  return findDirectLinks(text).map((link) => ({
    code: directLinkCode(link),
    severity: 'error' as const,
    message: directLinkMessage(link, name),
    field: name,
  }))
}

/** Headers python/peps no longer accepts, with what to do instead. */
const RETIRED_HEADERS: Record<string, string> = {
  'BDFL-Delegate': 'it is the legacy name of PEP-Delegate: move the value there',
  Version: 'python/peps removed it: delete it',
  'Last-Modified': 'python/peps removed it (the history is in git): delete it',
  'Content-Type': 'python/peps removed it (every PEP is reStructuredText): delete it',
}

/** Every problem of the preamble: each header's rules, required headers, and headers that do not exist. */
export function validatePreamble(preamble: Preamble, options: { today: Date }): Problem[] {
  if (typeof preamble !== 'object' || preamble === null || Array.isArray(preamble)) {
    throw new Error(`validatePreamble expects a preamble object, got ${JSON.stringify(preamble)}`)
  }
  if (!(options?.today instanceof Date) || Number.isNaN(options.today.getTime())) {
    throw new Error(`validatePreamble expects options.today to be a valid Date, got ${String(options?.today)}`)
  }
  const problems: Problem[] = []
  for (const key of Object.keys(preamble)) {
    if (isHeaderName(key) || key === 'written') continue
    const advice = RETIRED_HEADERS[key] ?? `the PEP headers are ${HEADER_ORDER.join(', ')}`
    problems.push({
      code: 'preamble.header.unknown',
      severity: 'error',
      message: `“${key}” is not a PEP header: ${advice}.`,
    })
  }
  const context: FieldContext = { today: options.today, preamble }
  for (const name of HEADER_ORDER) problems.push(...validateField(name, preamble[name], context))
  return problems
}
