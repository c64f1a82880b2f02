import type { HeaderName, Person, PostHistoryEntry, Preamble } from '../preamble/fields.js'
import { HEADER_ORDER } from '../preamble/fields.js'
import { parseDatedLink } from '../preamble/validate-discussion.js'
import { parsePerson } from '../preamble/validate-people.js'
import { validatePreamble } from '../preamble/validate.js'
import { type FileProblem, fileError, quoted } from './file-problem.js'
import type { HeaderLines } from './preamble-block.js'
import { canonicalHeader } from './preamble-structure.js'

export interface PreambleValues {
  preamble: Preamble
  /** The line each header is on, so a field's problems point at it. */
  lines: Partial<Record<HeaderName, number>>
  problems: FileProblem[]
}

/**
 * The headers of a file as our `Preamble`, so `validatePreamble` applies the same rules the
 * editor's preamble form does. Lists are read as check-peps reads them: each line without its
 * final comma, split at `, `.
 */
export function preambleFromHeaders(headers: readonly HeaderLines[], today: Date): PreambleValues {
  const preamble: Preamble = {}
  const lines: Partial<Record<HeaderName, number>> = {}
  const problems: FileProblem[] = []
  for (const header of headers) {
    const name = canonicalHeader(header.name)
    if (name === undefined) {
      // A miscased known header is reported by checkHeaderStructure.
      if (!HEADER_ORDER.some((known) => known.toLowerCase() === header.name.toLowerCase())) {
        problems.push(unknownHeaderProblem(header, today))
      }
      continue
    }
    lines[name] = header.line
    const texts = [header.value, ...header.continuations.map((c) => c.text)]
    if (name === 'Author') preamble.Author = authorsOf(texts)
    else if (name === 'Post-History') {
      const read = postHistoryOf(header)
      preamble['Post-History'] = read.entries
      problems.push(...read.problems)
    } else (preamble as Record<string, unknown>)[name] = unfold(texts)
  }
  return { preamble, lines, problems }
}

/** RFC 2822 unfolding: a value continued on indented lines is one line. */
function unfold(texts: readonly string[]): string {
  return texts.map((text) => text.trim()).join(' ').trim()
}

/** PEP-RULES §1 row 3: `Name <email>, Name`, wrapped lines ending with a comma. */
export function authorsOf(texts: readonly string[]): Person[] {
  const parts = texts.flatMap((text) => text.trim().replace(/,$/, '').split(', '))
  if (parts.length === 1 && parts[0] === '') return []
  return parts.map(parsePerson)
}

/** PEP-RULES §1 row 13: `Pending`, or `` `DD-Mmm-YYYY <url>`__ `` entries (old PEPs: bare dates). */
export function postHistoryOf(header: HeaderLines): { entries: PostHistoryEntry[]; problems: FileProblem[] } {
  const entries: PostHistoryEntry[] = []
  const problems: FileProblem[] = []
  const lines = [{ text: header.value, line: header.line }, ...header.continuations]
  for (const { text, line } of lines) {
    const body = text.trim().replace(/,$/, '')
    if (body === '') continue
    for (const entry of body.split(', ').map((part) => part.trim())) {
      if (!entry.startsWith('`')) {
        entries.push({ date: entry })
        continue
      }
      const link = parseDatedLink(entry)
      if (link) entries.push(link)
      else {
        const hint = /`_$/.test(entry) ? ' It needs two underscores (`__`), an anonymous link.' : ''
        problems.push(
          fileError('file.preamble.post-history-entry', line, `Post-History entry ${quoted(entry)} must be written \`DD-Mmm-YYYY <URL>\`__.${hint}`),
        )
      }
    }
  }
  return { entries, problems }
}

/** The editor's message for a header that does not exist (it names the retired ones), on its line. */
function unknownHeaderProblem(header: HeaderLines, today: Date): FileProblem {
  const found = validatePreamble({ [header.name]: header.value } as Preamble, { today }).find(
    (problem) => problem.code === 'preamble.header.unknown',
  )
  const message = found?.message ?? `“${header.name}” is not a PEP header.`
  return fileError('preamble.header.unknown', header.line, message)
}
