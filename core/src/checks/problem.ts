import type { HeaderName } from '../preamble/fields.js'

export type Severity = 'error' | 'warning'

/**
 * One thing wrong with a draft. Problems are values: checks never throw for bad user data.
 * `code` is stable (`preamble.created.format`, `section.missing`…) so the UI and the API can key on it.
 */
export interface Problem {
  code: string
  severity: Severity
  message: string
  /** Title of the section concerned, as the template names it. */
  section?: string
  field?: HeaderName
  /** Index path of the offending node from `doc.content` (`[4]`, `[7, 0, 2]`) so the UI can jump to it. */
  path?: number[]
}

/** What `check` returns: `ok` is true when no problem is an error (warnings never block). */
export interface CheckReport {
  ok: boolean
  problems: Problem[]
}

export function toReport(problems: Problem[]): CheckReport {
  return { ok: problems.every((p) => p.severity !== 'error'), problems }
}

export function error(
  code: string,
  message: string,
  where: Omit<Problem, 'code' | 'severity' | 'message'> = {},
): Problem {
  return { code, severity: 'error', message, ...where }
}

export function warning(
  code: string,
  message: string,
  where: Omit<Problem, 'code' | 'severity' | 'message'> = {},
): Problem {
  return { code, severity: 'warning', message, ...where }
}
