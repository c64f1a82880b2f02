import { roleForUrl } from '../../rst/links.js'
import type { InlineToken } from './inline-context.js'

/**
 * A named reference (`name_`, `` `some text`_ ``) to an external target `.. _name: uri` as a
 * link showing `text`. Once docutils resolves references it is the same link (URI and text) as
 * the `` `text <uri>`__ `` the exporter writes; the target itself renders nothing. Undefined when
 * the target is unknown (a section title, an internal or indirect target: kept as source) or the
 * exporter would write the URL as a `:pep:`/`:rfc:` role.
 */
export function namedLink(text: string, targets: ReadonlyMap<string, string> | undefined): InlineToken | undefined {
  if (!targets || text === '' || text.trim() !== text) return undefined
  const href = targets.get(normalizeName(text))
  if (href === undefined || href === '' || roleForUrl(href)) return undefined
  return { kind: 'link', text, href }
}

/** docutils `nodes.fully_normalize_name`: lower case, whitespace runs as one space. */
export function normalizeName(name: string): string {
  return name.toLowerCase().split(/\s+/u).filter(Boolean).join(' ')
}
