import { directLinkMessage, findDirectLinks } from '../checks/direct-links.js'
import { type FileProblem, fileError } from './file-problem.js'

/** check-peps SKIP_DIRECT_PEP_LINK_CHECK: PEPs that may link PEPs directly (they document the URLs). */
const EXEMPT_PEPS = new Set(['9', '287', '676', '684', '8001'])

/**
 * PEP-RULES §1, last rule (check-peps `check_direct_links`): any line containing
 * `peps.python.org/pep-`, `dev/peps/pep-`, `rfc-editor.org/rfc/` or `ietf.org/doc/html/rfc` is an
 * error, in the preamble, prose and code alike. `pep` is the file's PEP number, for the exemptions.
 */
export function checkDirectLinks(lines: readonly string[], pep: string | undefined): FileProblem[] {
  if (pep !== undefined && EXEMPT_PEPS.has(pep.trim())) return []
  const problems: FileProblem[] = []
  lines.forEach((line, i) => {
    for (const link of findDirectLinks(line)) {
      const code = link.kind === 'pep' ? 'file.links.pep-url' : 'file.links.rfc-url'
      problems.push(fileError(code, i + 1, directLinkMessage(link, `Line ${i + 1}`)))
    }
  })
  return problems
}
