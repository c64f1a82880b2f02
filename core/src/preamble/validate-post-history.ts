import { type FieldContext, type FieldProblem, fieldError, fieldWarning, quote } from './field-problem.js'
import type { PostHistoryEntry } from './fields.js'
import { classifyThreadUrl } from './thread-url.js'
import { dateProblems } from './validate-date.js'

/**
 * PEP-RULES §1 row 13: `Pending`, or entries `` `DD-Mmm-YYYY <thread or post URL>`__ ``. An empty
 * list is allowed (Post-History may be empty). python/peps still accepts a bare date, as old PEPs
 * have them; PEP 1 asks for the link, so a missing URL is a warning.
 */
export function validatePostHistory(entries: readonly PostHistoryEntry[], context: FieldContext): FieldProblem[] {
  const pending = entries.findIndex((e) => e.date.trim() === 'Pending')
  if (pending >= 0) {
    const alone = entries.length === 1 && !entries[0]!.url?.trim()
    return alone
      ? []
      : [
          fieldError(
            'Post-History',
            'pending',
            'Post-History is either “Pending” alone or a list of dated links: remove “Pending” once the PEP is posted.',
          ),
        ]
  }
  return entries.flatMap((entry, i) => entryProblems(entry, `Post-History entry ${i + 1}`, context))
}

function entryProblems(entry: PostHistoryEntry, label: string, context: FieldContext): FieldProblem[] {
  const date = entry.date.trim()
  const problems = dateProblems('Post-History', 'date-', label, date, context.today)
  const url = entry.url?.trim()
  if (!url) {
    problems.push(
      fieldWarning(
        'Post-History',
        'url-missing',
        `${label} (${date}) should link the discussion thread it records (PEP 1).`,
      ),
    )
    return problems
  }
  const kind = classifyThreadUrl(url)
  if (kind === 'mailman-message') {
    problems.push(
      fieldError('Post-History', 'url', `${label} must link the archive thread (…/thread/…), not one message in it.`),
    )
  } else if (kind === undefined) {
    problems.push(
      fieldError(
        'Post-History',
        'url',
        `${label} ${quote(url)} must link a discuss.python.org thread or post (https://discuss.python.org/t/<slug>/<id>) or a mail.python.org archive thread.`,
      ),
    )
  }
  return problems
}
