import { type FieldProblem, fieldError, quote } from './field-problem.js'
import type { HeaderName, Person } from './fields.js'
import { paragraphHazard, paragraphHazardMessage } from './paragraph-hazard.js'

/** check-peps NAME_PATTERN: letters (any script), spaces and `' , - .` — no digits, no parentheses. */
const NAME_CHARACTER = /[\p{L}\p{M} ',\-.]/u
/** check-peps EMAIL_LOCAL_PART_PATTERN. */
const EMAIL_LOCAL = /^[A-Za-z0-9_!#$%&'*+\-/=?^{|}~.]+$/

/** Reads `Name <email>` or `Name` (PEP-RULES §1 row 3) as typed in a one-person header. */
export function parsePerson(text: string): Person {
  const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(text.trim())
  return match ? { name: match[1]!, email: match[2]! } : { name: text.trim() }
}

/** The problems of one person: name characters, the one-paragraph rule, the email address. */
export function personProblems(field: HeaderName, person: Person, label: string): FieldProblem[] {
  const name = person.name.trim()
  if (name === '')
    return [fieldError(field, 'name-missing', `${label} needs a name (an email address alone is not enough).`)]
  if (/[<>]/.test(name)) {
    return [
      fieldError(
        field,
        'email',
        `${label} ${quote(name)} must be written Name <email@example.com>, with one pair of angle brackets.`,
      ),
    ]
  }
  const problems: FieldProblem[] = []
  const hazard = paragraphHazard(name)
  if (hazard) problems.push(fieldError(field, hazard.rule, paragraphHazardMessage(label, name, hazard)))
  const bad = [...new Set([...name].filter((c) => !NAME_CHARACTER.test(c)))]
  if (bad.length > 0) {
    const what = bad.some((c) => /\d/.test(c))
      ? 'no digits; '
      : bad.some((c) => '()'.includes(c))
        ? 'no parentheses; '
        : ''
    problems.push(
      fieldError(
        field,
        'name',
        `${label} ${quote(name)}: names may contain only letters, spaces and ' , - . (${what}remove ${bad.map(quote).join(', ')}).`,
      ),
    )
  }
  const email = person.email?.trim()
  if (email) {
    const reason = emailProblem(email)
    if (reason)
      problems.push(fieldError(field, 'email', `${label} has an invalid email address ${quote(email)}: ${reason}.`))
  }
  return problems
}

/** check-peps `_email`: `local@domain` or the obfuscated `local at domain`. */
function emailProblem(email: string): string | undefined {
  if ((email.match(/@/g) ?? []).length > 1) return 'it has more than one “@”'
  const at = email.includes('@') ? email.lastIndexOf('@') : email.lastIndexOf(' at ')
  if (at < 0) return 'write it as name@example.com or name at example.com'
  const local = email.slice(0, at)
  const domain = email.slice(at + (email.includes('@') ? 1 : 4))
  if (!EMAIL_LOCAL.test(local)) return `${quote(local)} is not a valid mailbox name`
  const labels = domain.split('.')
  const root = labels.pop()!
  if (labels.some((l) => !/^[\p{L}\p{N}-]*[\p{L}\p{N}][\p{L}\p{N}-]*$/u.test(l)) || !/^[A-Za-z0-9]+$/.test(root)) {
    return `${quote(domain)} is not a valid domain`
  }
  return undefined
}

/** PEP-RULES §1 row 3: `Author` lists one or more people. */
export function validateAuthors(people: readonly Person[]): FieldProblem[] {
  return people.flatMap((person, i) => personProblems('Author', person, authorLabel(person, i)))
}

/** PEP-RULES §1 row 4: `Sponsor` names exactly one person, `Name <email>`. */
export function validateSponsor(value: string): FieldProblem[] {
  if (value.split('<').length > 2 || /[>],/.test(value)) {
    return [fieldError('Sponsor', 'single', 'Sponsor names one person: the core developer sponsoring the PEP.')]
  }
  return personProblems('Sponsor', parsePerson(value), 'Sponsor')
}

/** PEP-RULES §1 row 5: `PEP-Delegate: Name <email>` (python/peps also accepts several, as in PEP 451). */
export function validateDelegate(value: string): FieldProblem[] {
  const people = value.trim().replace(/,$/, '').split(', ')
  return people.flatMap((text) => personProblems('PEP-Delegate', parsePerson(text), 'PEP-Delegate'))
}

function authorLabel(person: Person, index: number): string {
  return person.name.trim() ? 'Author' : `Author ${index + 1}`
}
