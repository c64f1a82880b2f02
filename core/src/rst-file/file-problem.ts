import type { Problem, Severity } from '../checks/problem.js'

/**
 * A problem found in a `.rst` file: the shared `Problem` plus the 1-based line it is on (line 1
 * for problems of the file as a whole, such as a missing required header).
 */
export type FileProblem = Problem & { line?: number }

export function fileProblem(severity: Severity, code: string, line: number, message: string): FileProblem {
  return { code, severity, message, line }
}

export function fileError(code: string, line: number, message: string): FileProblem {
  return fileProblem('error', code, line, message)
}

export function fileWarning(code: string, line: number, message: string): FileProblem {
  return fileProblem('warning', code, line, message)
}

/** Problems in file order; problems on one line keep the order the checks found them in. */
export function byLine(problems: readonly FileProblem[]): FileProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
    .map(({ problem }) => problem)
}

/** “x” as messages quote what was read in the file. */
export function quoted(text: string): string {
  return `“${text}”`
}
