import type { ImportReportItem, Problem, RstWarning } from '@pepdraft/core'

/** A problem from a file (`line`) or from the server's check report (`section`, `field`). */
export type ReportedProblem = Problem & { line?: number }

export interface Tally {
  errors: number
  warnings: number
}

/**
 * One problem per line, in the compiler format editors and CI annotate:
 * `pep-0812.rst:14: error preamble.created.format Created “5-Aug-2025” must …`.
 */
export function formatProblem(where: string, problem: ReportedProblem): string {
  const location = problem.line !== undefined ? `${where}:${problem.line}` : where
  const context = problem.line === undefined ? contextOf(problem) : ''
  return `${location}: ${problem.severity} ${problem.code} ${context}${problem.message}`
}

/** Without a line, say which header or section the server's problem is about. */
function contextOf(problem: ReportedProblem): string {
  if (problem.field) return `[${problem.field}] `
  if (problem.section) return `[${problem.section}] `
  return ''
}

/** What an import changed: `draft.md:9: html Raw HTML “<p>” is not supported …`. */
export function formatImportItem(where: string, item: Pick<ImportReportItem, 'message' | 'line'> & { code: string }): string {
  const location = item.line !== undefined ? `${where}:${item.line}` : where
  return `${location}: ${item.code} ${item.message}`
}

/** What the export changed; a preamble warning names its header (`[Author]`), a text one has no line. */
export function formatRstWarning(where: string, warning: RstWarning): string {
  const header = warning.path?.startsWith('preamble.') ? `[${warning.path.slice('preamble.'.length)}] ` : ''
  return `${where}: ${warning.code} ${header}${warning.message}`
}

export function tally(problems: readonly ReportedProblem[]): Tally {
  const errors = problems.filter((p) => p.severity === 'error').length
  return { errors, warnings: problems.length - errors }
}

export function addTally(a: Tally, b: Tally): Tally {
  return { errors: a.errors + b.errors, warnings: a.warnings + b.warnings }
}

/** `2 files checked: 1 error, 3 warnings`. */
export function formatSummary(files: number, total: Tally): string {
  return `${plural(files, 'file')} checked: ${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}`
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** `12.3 KB` for messages about what was written. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`
}
