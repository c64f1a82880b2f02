import { type FieldContext, type FieldProblem, fieldError, quote } from './field-problem.js'
import { classifyThreadUrl, discourseThreadOf } from './thread-url.js'
import { dateProblems } from './validate-date.js'

/** check-peps: a mailing list is `name@python.org` (or a Google group, as PEP 3156 used). */
const MAILING_LIST = /^[\w-]+@(?:python\.org|googlegroups\.com)$/

const DISCUSSIONS_TO_FORMS =
  'Pending, a discuss.python.org thread (https://discuss.python.org/t/<slug>/<id> or /t/<id>) or a mailing list (name@python.org)'

/** PEP-RULES §1 row 6: `Pending`, a Discourse thread (never a post), or a python.org mailing list. */
export function validateDiscussionsTo(value: string): FieldProblem[] {
  const text = value.trim()
  if (text === 'Pending' || MAILING_LIST.test(text)) return []
  if (text.toLowerCase() === 'pending')
    return [fieldError('Discussions-To', 'format', 'Discussions-To is case-sensitive: write “Pending”.')]
  const kind = classifyThreadUrl(text)
  if (kind === 'discourse-thread' || kind === 'mailman-thread' || kind === 'pipermail') return []
  if (kind === 'discourse-post') {
    return [
      fieldError(
        'Discussions-To',
        'post-url',
        `Discussions-To must link the whole thread, not one post in it: write ${discourseThreadOf(text)} (python/peps rejects post URLs here).`,
      ),
    ]
  }
  if (kind === 'mailman-message') {
    return [
      fieldError(
        'Discussions-To',
        'post-url',
        'Discussions-To must link the archive thread (…/thread/…), not one message in it.',
      ),
    ]
  }
  const hint = text.startsWith('http://')
    ? ' Use https://.'
    : text.startsWith('mailto:')
      ? ' Write the list address without “mailto:”.'
      : ''
  return [
    fieldError('Discussions-To', 'format', `Discussions-To ${quote(text)} must be ${DISCUSSIONS_TO_FORMS}.${hint}`),
  ]
}

/** `` `DD-Mmm-YYYY <URL>`__ ``: an anonymous link whose text is a date (PEP-RULES §1 rows 13, 16). */
export function parseDatedLink(text: string): { date: string; url: string } | undefined {
  const match = /^`([^`<]*?)\s*<([^<>`]+)>`__$/.exec(text)
  return match ? { date: match[1]!, url: match[2]! } : undefined
}

/** PEP-RULES §1 row 16: `` `DD-Mmm-YYYY <URL>`__ `` or a bare URL, pointing at the decision. */
export function validateResolution(value: string, context: FieldContext): FieldProblem[] {
  const text = value.trim()
  let url = text
  const problems: FieldProblem[] = []
  if (text.startsWith('`')) {
    const link = parseDatedLink(text)
    if (!link) {
      const hint = /`_$/.test(text) ? ' It needs two underscores at the end (`__`), an anonymous link.' : ''
      return [fieldError('Resolution', 'format', `Resolution must be \`DD-Mmm-YYYY <URL>\`__ or a bare URL.${hint}`)]
    }
    url = link.url
    problems.push(...dateProblems('Resolution', 'date-', 'Resolution date', link.date, context.today))
  }
  if (classifyThreadUrl(url) === undefined) {
    problems.push(
      fieldError(
        'Resolution',
        'url',
        `Resolution ${quote(url)} must link the decision: a discuss.python.org post or thread (https://discuss.python.org/t/<slug>/<id>/<post>) or a mail.python.org archive message.`,
      ),
    )
  }
  return problems
}
