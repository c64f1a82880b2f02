import { HEADER_ORDER, type HeaderName, isHeaderName } from '../preamble/fields.js'
import { type FileProblem, fileError, fileWarning } from './file-problem.js'
import type { HeaderLines } from './preamble-block.js'

/** check-peps keeps the legacy name of PEP-Delegate, in the same slot (PEP-RULES §1 row 5). */
export const LEGACY_HEADERS: Readonly<Record<string, HeaderName>> = { 'BDFL-Delegate': 'PEP-Delegate' }

/** python/peps' header-order hook: only these headers may continue on indented lines. */
const MULTILINE: readonly HeaderName[] = ['Author', 'Post-History']

/** The header a name stands for (`BDFL-Delegate` → `PEP-Delegate`), or undefined when unknown. */
export function canonicalHeader(name: string): HeaderName | undefined {
  return isHeaderName(name) ? name : LEGACY_HEADERS[name]
}

/**
 * The rules about the headers as lines (PEP-RULES §1, check-peps): exact names, no duplicates,
 * PEP 12 order, continuation lines only where a list may wrap, each wrapped line ending with a
 * comma, Author continuations indented 8 spaces and no more. Returns the problems and the headers
 * that count (the first of duplicates, as check-peps keeps).
 */
export function checkHeaderStructure(headers: readonly HeaderLines[]): { problems: FileProblem[]; kept: HeaderLines[] } {
  const problems: FileProblem[] = []
  const kept: HeaderLines[] = []
  const seen = new Map<HeaderName, HeaderLines>()
  for (const header of headers) {
    const canonical = canonicalHeader(header.name)
    if (canonical === undefined) {
      const near = HEADER_ORDER.find((name) => name.toLowerCase() === header.name.toLowerCase())
      if (near) problems.push(fileError('file.preamble.header-case', header.line, `Header names are case-sensitive: write “${near}”, not “${header.name}”.`))
      kept.push(header)
      continue
    }
    const earlier = seen.get(canonical)
    if (earlier) {
      problems.push(fileError('file.preamble.duplicate', header.line, `${header.name} appears twice (first on line ${earlier.line}): keep one.`))
      continue
    }
    seen.set(canonical, header)
    kept.push(header)
    if (header.name !== canonical) {
      problems.push(fileWarning('file.preamble.legacy-header', header.line, `${header.name} is the legacy name of ${canonical}: PEP 1 now calls it ${canonical}.`))
    }
    problems.push(...continuationProblems(header, canonical))
  }
  problems.push(...orderProblems([...seen.entries()]))
  return { problems, kept }
}

function continuationProblems(header: HeaderLines, name: HeaderName): FileProblem[] {
  if (header.continuations.length === 0) return []
  if (!MULTILINE.includes(name)) {
    const line = header.continuations[0]!.line
    return [fileError('file.preamble.continuation', line, `${header.name} must be on one line: only Author and Post-History may continue on indented lines.`)]
  }
  const problems: FileProblem[] = []
  const lines = [{ text: header.value, line: header.line }, ...header.continuations]
  lines.forEach(({ text, line }, i) => {
    // An empty first line (`Post-History:` with the entries below) has nothing to separate.
    if (i < lines.length - 1 && text.trim() !== '' && !text.trimEnd().endsWith(',')) problems.push(missingComma(name, line))
    // check-peps: `line[:9].isspace()`, the value column is 8 ("Author: ").
    if (i > 0 && name === 'Author' && /^\s{9}/.test(text)) {
      problems.push(fileError('file.preamble.over-indented', line, 'Author continuation lines are indented 8 spaces, under the first name, and no more.'))
    }
  })
  return problems
}

/**
 * PEP-RULES §1 row 3: a wrapped Author line ends with a comma (check-peps: "Author continuation
 * lines must end with a comma"). check-peps does not ask it of Post-History, and a published PEP
 * (694) omits it, so there it is a warning: the rendered list just lacks its commas.
 */
function missingComma(name: HeaderName, line: number): FileProblem {
  const message = `${name} continues on the next line, so this line must end with a comma.`
  return name === 'Author'
    ? fileError('file.preamble.author-comma', line, message)
    : fileWarning('file.preamble.post-history-comma', line, message)
}

/** PEP-RULES §1 / check-peps: the headers present appear in PEP 12 order. */
function orderProblems(present: [HeaderName, HeaderLines][]): FileProblem[] {
  const rank = (name: HeaderName) => HEADER_ORDER.indexOf(name)
  const sorted = [...present].sort((a, b) => rank(a[0]) - rank(b[0]))
  const misplaced = present.findIndex(([name], i) => name !== sorted[i]![0])
  if (misplaced < 0) return []
  const order = sorted.map(([, header]) => header.name).join(', ')
  const [, header] = present[misplaced]!
  return [fileError('file.preamble.order', header.line, `Headers must be in PEP 12 order: ${order}.`)]
}
