import { roleForUrl } from '../../rst/links.js'
import { unescapeNull } from './escapes.js'
import type { InlineToken, ReferenceContext } from './inline-context.js'
import type { DocumentNames } from './document-names.js'
import { namedLink, normalizeName } from './named-link.js'
import { EMAIL, END, EMBEDDED_LINK } from './patterns.js'
import { isQuotedStart } from './quoted-start.js'
import { roleToken } from './role-token.js'
import type { Found } from './scan-inline.js'

/**
 * docutils `Inliner.interpreted_or_phrase_ref`: `` `…` `` with an optional `:role:` before or
 * after, or a trailing `_`/`__` making it a phrase reference. `at` is where the candidate starts
 * (the role prefix if any), `pos` where scanning resumed.
 */
export function interpretedOrPhrase(
  source: string,
  marked: string,
  pos: number,
  at: number,
  prefix: string,
  refs: ReferenceContext,
): Found | { resume: number } {
  const quoteAt = at + prefix.length
  const afterQuote = quoteAt + 1
  if (prefix === '' && isQuotedStart(marked, quoteAt, afterQuote, pos)) return { resume: afterQuote }
  const end = END.interpreted.exec(marked.slice(afterQuote))
  if (!end || end.index === 0) {
    // docutils: "start-string without end-string"; the role prefix stays running text.
    return { from: quoteAt, to: afterQuote, tokens: [raw(source, quoteAt, afterQuote, 'start-string without end-string')] }
  }
  const to = afterQuote + end.index + end[0].length
  const suffix = end.groups?.role
  if (suffix && prefix) return { from: at, to, tokens: [raw(source, at, to, 'interpreted text with two roles')] }
  const escaped = marked.slice(afterQuote, afterQuote + end.index)
  if (end.groups?.refend) {
    if (prefix || suffix) return { from: at, to, tokens: [raw(source, at, to, 'role and reference suffix')] }
    return { from: quoteAt, to, tokens: [phraseReference(source, escaped, end.groups.refend, quoteAt, to, refs)] }
  }
  const role = (prefix || suffix || '').slice(1, -1)
  const token = roleToken(role, escaped) ?? raw(source, at, to, role ? `:${role}: role` : 'interpreted text (default role)')
  return { from: at, to, tokens: [token] }
}

/**
 * docutils `Inliner.phrase_ref`, as a link where, once docutils resolves references, it is the
 * same link (URI and text) as the `` `text <uri>`__ `` the exporter writes: that form itself, a
 * `` `text`_ `` to a known external target (`named-link.ts`), and `` `text <uri>`_ `` when no
 * other construct needs the name it defines (`document-names.ts`); the same with an alias
 * `<name_>` to a known external target. Other named references and anonymous ones resolved by a
 * later `__ uri` stay source.
 */
function phraseReference(source: string, escaped: string, refend: string, from: number, to: number, refs: ReferenceContext): InlineToken {
  const embedded = EMBEDDED_LINK.exec(escaped)
  if (refend === '_' && !embedded) {
    const link = namedLink(unescapeNull(escaped), refs.targets)
    if (link) return link
  }
  if (!embedded) return raw(source, from, to, refend === '__' ? 'anonymous hyperlink reference' : 'named hyperlink reference')
  const alias = embedded[2] ?? ''
  // docutils: `<name_>` is an alias to another target, a link once that target is known.
  const aliased = /(?<!\0)_$/.test(alias) ? refs.targets?.get(normalizeName(unescapeNull(alias.slice(0, -1)))) : undefined
  const aliasText = unescapeNull(escaped.slice(0, embedded.index))
  if (/(?<!\0)_$/.test(alias) && (aliased === undefined || aliasText === '')) return raw(source, from, to, 'hyperlink alias')
  // `\ ` inside a URI is a kept space, which the exporter would percent-encode.
  if (/\0\s/u.test(alias)) return raw(source, from, to, 'URI with an escaped space')
  const href = aliased ?? adjustUri(unescapeNull(alias.replace(/\s+/gu, '')))
  const text = aliasText || href
  if (refend === '_' && !nameIsFree(normalizeName(text), refs.names)) return raw(source, from, to, 'named hyperlink reference')
  // The exporter writes PEP and RFC URLs as roles, which docutils shows differently.
  if (href === '' || roleForUrl(href) || /^\s|\s$/u.test(text)) return raw(source, from, to, 'link the exporter would rewrite')
  return { kind: 'link', text, href }
}

/** Whether dropping the target `` `text <uri>`_ `` defines leaves nothing without its name. */
function nameIsFree(name: string, names: DocumentNames | undefined): boolean {
  return names !== undefined && !names.referenced.has(name) && !names.defined.has(name)
}

const EMBEDDED_EMAIL = new RegExp(`^${EMAIL}$`)

/** docutils `Inliner.adjust_uri`: an embedded email address gets `mailto:`. */
function adjustUri(uri: string): string {
  return EMBEDDED_EMAIL.test(uri) ? `mailto:${uri}` : uri
}

function raw(source: string, from: number, to: number, why: string): InlineToken {
  return { kind: 'raw', source: source.slice(from, to), offset: from, why }
}
