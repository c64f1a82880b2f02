import type { Preamble } from '../preamble/fields.js'
import { validatePreamble } from '../preamble/validate.js'
import type { FileProblem } from './file-problem.js'
import { readPreambleBlock } from './preamble-block.js'
import { checkHeaderStructure } from './preamble-structure.js'
import { preambleFromHeaders } from './preamble-values.js'

export interface CheckedPreamble {
  /** What the file's headers say, as the editor stores it. */
  preamble: Preamble
  /** Index of the first body line. */
  bodyStart: number
  problems: FileProblem[]
}

/**
 * PEP-RULES §1 for a file: reads the header block, checks it as lines (order, duplicates,
 * continuations), then checks every value with `validatePreamble`, the editor's own rules, each
 * problem placed on its header's line (line 1 when the header is missing). Direct PEP and RFC
 * links are left to the file-wide check, which sees every line.
 */
export function checkPreambleBlock(lines: readonly string[], today: Date): CheckedPreamble {
  const block = readPreambleBlock(lines)
  if (block.headers.length === 0) return { preamble: {}, bodyStart: block.bodyStart, problems: block.problems }
  const structure = checkHeaderStructure(block.headers)
  const values = preambleFromHeaders(structure.kept, today)
  const validated = validatePreamble(values.preamble, { today })
    .filter((problem) => !problem.code.startsWith('links.'))
    .map((problem): FileProblem => ({ ...problem, line: (problem.field && values.lines[problem.field]) || 1 }))
  return {
    preamble: values.preamble,
    bodyStart: block.bodyStart,
    problems: [...block.problems, ...structure.problems, ...values.problems, ...validated],
  }
}
