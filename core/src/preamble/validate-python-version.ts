import { type FieldProblem, fieldError, quote } from './field-problem.js'

/** Why `version` is not `M.N` or `M.N.P` (check-peps `_validate_python_version`), or undefined. */
function versionProblem(version: string): { rule: string; reason: string } | undefined {
  const parts = version.split('.')
  if (parts.length < 2 || parts.length > 3)
    return { rule: 'format', reason: `${quote(version)} must have two or three parts, like 3.14 or 3.14.1` }
  const [major = '', minor = '', micro] = parts
  if (!['1', '2', '3'].includes(major)) return { rule: 'major', reason: `${quote(version)} must start with 1, 2 or 3` }
  if (minor !== 'x' && !/^[0-9]+$/.test(minor))
    return { rule: 'format', reason: `${quote(version)}: the minor version must be a number or x` }
  if (minor.length > 1 && minor.startsWith('0')) {
    return { rule: 'leading-zero', reason: `${quote(version)} has a leading zero: write ${major}.${Number(minor)}` }
  }
  if (micro === undefined) return undefined
  if (minor === 'x') return { rule: 'format', reason: `${quote(version)}: there is no micro version after x` }
  if (!/^[0-9]+$/.test(micro))
    return { rule: 'format', reason: `${quote(version)}: the micro version must be a number` }
  // check-peps rejects any micro part starting with 0, including a plain ".0".
  if (micro === '0')
    return { rule: 'leading-zero', reason: `${quote(version)}: write ${major}.${minor} for the first release` }
  if (micro.startsWith('0'))
    return {
      rule: 'leading-zero',
      reason: `${quote(version)} has a leading zero: write ${major}.${minor}.${Number(micro)}`,
    }
  return undefined
}

/**
 * PEP-RULES §1 row 12: `M.N` or `M.N.P`, major 1–3, minor digits or `x`, no leading zeros,
 * several separated by a comma and one space (`Python-Version: 2.6, 3.0`).
 */
export function validatePythonVersion(value: string): FieldProblem[] {
  const text = value.trim()
  if (text.split(',').length !== text.split(', ').length) {
    return [
      fieldError(
        'Python-Version',
        'separator',
        'Python-Version must separate versions with a comma and one space, like “2.6, 3.0”.',
      ),
    ]
  }
  return text.split(', ').flatMap((version) => {
    const problem = versionProblem(version)
    return problem ? [fieldError('Python-Version', problem.rule, `Python-Version ${problem.reason}.`)] : []
  })
}
