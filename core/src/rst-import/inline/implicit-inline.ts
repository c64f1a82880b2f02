import { roleForUrl } from '../../rst/links.js'
import { unescapeNull } from './escapes.js'
import type { InlineToken } from './inline-context.js'
import { PEP_REFERENCE, RFC_REFERENCE, STANDALONE_URI } from './patterns.js'

/**
 * docutils `Inliner.implicit_inline` over the text between inline constructs: standalone URIs
 * and email addresses, then (PEP reader) "PEP 8" / "pep-0008.txt" and "RFC 2822", each searched
 * once per stretch of text, the text before and after searched again. A URI whose scheme docutils
 * does not know is no match at all, and the next pattern is tried on the whole stretch.
 *
 * A URI becomes a link showing itself (the exporter writes it ```<uri>`__`` with the same
 * doctree), unless it is a PEP or RFC URL the exporter would turn into a role. PEP and RFC
 * references stay text: docutils finds them again in the exported text.
 */
export function implicitInline(marked: string): InlineToken[] {
  const tokens: InlineToken[] = []
  let last = 0
  for (const found of implicitReferences(marked)) {
    if (found.from > last) tokens.push({ kind: 'text', text: unescapeNull(marked.slice(last, found.from)) })
    tokens.push(found.token)
    last = found.to
  }
  if (last < marked.length) tokens.push({ kind: 'text', text: unescapeNull(marked.slice(last)) })
  return tokens
}

/** What docutils makes a reference of in `marked`, as the unescaped texts, in order. */
export function implicitReferenceTexts(marked: string): string[] {
  return implicitReferences(marked).map((found) => unescapeNull(marked.slice(found.from, found.to)))
}

interface Implicit {
  from: number
  to: number
  token: InlineToken
}

function implicitReferences(marked: string, offset = 0): Implicit[] {
  if (marked === '') return []
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(marked)
    if (!match || !pattern.accepts(match)) continue
    const end = match.index + match[0].length
    return [
      ...implicitReferences(marked.slice(0, match.index), offset),
      { from: offset + match.index, to: offset + end, token: pattern.token(match) },
      ...implicitReferences(marked.slice(end), offset + end),
    ]
  }
  return []
}

/** docutils `urischemes.schemes` (0.19): a standalone URI must use one of these. */
const SCHEMES = new Set('about acap addbook afp afs aim callto castanet chttp cid crid data dav dict dns eid fax feed file finger freenet ftp go gopher gsm-sms h323 h324 hdl hnews http https hydra iioploc ilu im imap info ior ipp irc iris.beep iseek jar javascript jdbc ldap lifn livescript lrq mailbox mailserver mailto md5 mid mocha modem mtqp mupdate news nfs nntp opaquelocktoken phone pop pop3 pres printer prospero rdar res rtsp rvp rwhois rx sdp service shttp sip sips smb snews snmp soap.beep soap.beeps ssh t120 tag tcp tel telephone telnet tftp tip tn3270 tv urn uuid vemmi videotex view-source wais whodp whois++ x-man-page xmlrpc.beep xmlrpc.beeps z39.50r z39.50s'.split(' '))

interface ImplicitPattern {
  regex: RegExp
  accepts(match: RegExpExecArray): boolean
  token(match: RegExpExecArray): InlineToken
}

const PATTERNS: readonly ImplicitPattern[] = [
  {
    regex: STANDALONE_URI,
    accepts: (match) => match.groups?.scheme === undefined || SCHEMES.has(match.groups.scheme.toLowerCase()),
    token: (match) => uriToken(match[0], match.groups?.email !== undefined),
  },
  { regex: PEP_REFERENCE, accepts: () => true, token: (match) => ({ kind: 'text', text: unescapeNull(match[0]) }) },
  { regex: RFC_REFERENCE, accepts: () => true, token: (match) => ({ kind: 'text', text: unescapeNull(match[0]) }) },
]

function uriToken(marked: string, email: boolean): InlineToken {
  const text = unescapeNull(marked)
  const href = email ? `mailto:${text}` : text
  // Escapes inside a URI, and URLs the exporter writes as roles, are left to be found again.
  if (marked.includes('\0') || roleForUrl(href)) return { kind: 'text', text }
  return { kind: 'link', text, href }
}
