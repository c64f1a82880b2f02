/**
 * What a discussion URL points at, as python/peps' check-peps `_thread` reads it:
 * a Discourse thread `https://discuss.python.org/t/<slug>/<id>` or `/t/<id>`, a Discourse post
 * `/t/<slug>/<id>/<n>` or `/t/<id>/<n>`, a Mailman 3 archive thread or message, or a Mailman 2
 * (pipermail) message, which check-peps accepts wherever it accepts a thread.
 */
export type ThreadUrlKind = 'discourse-thread' | 'discourse-post' | 'mailman-thread' | 'mailman-message' | 'pipermail'

const DISCOURSE = 'https://discuss.python.org/t/'
const PIPERMAIL = 'https://mail.python.org/pipermail/'
const HYPERKITTY = 'https://mail.python.org/archives/list/'

/** check-peps: a topic slug has word characters and hyphens and is not entirely numeric. */
const SLUG = /^[\p{L}\p{N}_-]+$/u
const DIGITS = /^[0-9]+$/
/** Mailman 2 message: `python-dev/2015-February/138277.html`. */
const MAILMAN_2 = /^[\w-]+\/\d{4}-[a-z]+\/\d+\.html$/i
/** Mailman 3 thread and message: `python-dev@python.org/thread/ABC123/`. */
const MAILMAN_3_THREAD = /^[\w-]+@python\.org\/thread\/[a-z0-9]+\/?$/i
const MAILMAN_3_MESSAGE = /^[\w-]+@python\.org\/message\/[a-z0-9]+\/?(#[a-z0-9]+)?$/i

function isSlug(part: string): boolean {
  return SLUG.test(part) && !/^[\d_-]+$/.test(part)
}

/** The kind of discussion URL `url` is, or undefined when python/peps would not accept it. */
export function classifyThreadUrl(url: string): ThreadUrlKind | undefined {
  if (url.startsWith(DISCOURSE)) {
    const parts = url.slice(DISCOURSE.length).replace(/\/$/, '').split('/')
    const [a = '', b = '', c = ''] = parts
    if (parts.length === 1 && DIGITS.test(a)) return 'discourse-thread'
    if (parts.length === 2 && isSlug(a) && DIGITS.test(b)) return 'discourse-thread'
    if (parts.length === 2 && DIGITS.test(a) && DIGITS.test(b)) return 'discourse-post'
    if (parts.length === 3 && isSlug(a) && DIGITS.test(b) && DIGITS.test(c)) return 'discourse-post'
    return undefined
  }
  if (url.startsWith(PIPERMAIL)) return MAILMAN_2.test(url.slice(PIPERMAIL.length)) ? 'pipermail' : undefined
  if (url.startsWith(HYPERKITTY)) {
    const rest = url.slice(HYPERKITTY.length)
    if (MAILMAN_3_THREAD.test(rest)) return 'mailman-thread'
    if (MAILMAN_3_MESSAGE.test(rest)) return 'mailman-message'
  }
  return undefined
}

/** The thread a Discourse post URL belongs to (`/t/slug/123/45` → `/t/slug/123`). */
export function discourseThreadOf(url: string): string {
  return url.replace(/\/$/, '').replace(/\/\d+$/, '')
}
