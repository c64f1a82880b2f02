import type { RoleNode } from './tree.js'

/**
 * PEP-RULES.md §1: a line containing `peps.python.org/pep-`, `dev/peps/pep-`,
 * `rfc-editor.org/rfc/` or `ietf.org/doc/html/rfc` is an error; write `:pep:` and `:rfc:`.
 */
const PEP_URL =
  /^https?:\/\/(?:www\.)?(?:peps\.python\.org\/pep-|python\.org\/dev\/peps\/pep-)0*(\d{1,4})(?:\.html|\.txt|\.rst)?\/?(?:#(.*))?$/i
const RFC_URL =
  /^https?:\/\/(?:www\.)?(?:rfc-editor\.org\/rfc\/rfc|(?:datatracker\.|tools\.)?ietf\.org\/(?:doc\/)?html\/rfc)0*(\d{1,5})(?:\.html|\.txt)?\/?(?:#(.*))?$/i

export interface RoleLink {
  role: RoleNode
  /** A `#fragment` the role cannot carry (docutils' `:pep:` takes only a number). */
  droppedAnchor?: string
  /** The text docutils shows for the role: "PEP 8", "RFC 2822". */
  shown: string
}

/** The `:pep:`/`:rfc:` role for a link to a PEP or RFC, or `undefined` for any other URL. */
export function roleForUrl(url: string): RoleLink | undefined {
  const pep = PEP_URL.exec(url.trim())
  if (pep) {
    const number = String(Number(pep[1]))
    const role: RoleNode = { type: 'role', name: 'pep', target: number }
    const anchor = pep[2]
    return anchor ? { role, droppedAnchor: anchor, shown: `PEP ${number}` } : { role, shown: `PEP ${number}` }
  }
  const rfc = RFC_URL.exec(url.trim())
  if (rfc && Number(rfc[1]) >= 1) {
    const number = String(Number(rfc[1]))
    // docutils: `:rfc:` accepts `2822#section-3.6` and links the fragment.
    const target = rfc[2] ? `${number}#${rfc[2]}` : number
    return { role: { type: 'role', name: 'rfc', target }, shown: `RFC ${number}` }
  }
  return undefined
}

/** Whether the link text says nothing beyond the role ("PEP 8", "pep-0008", the URL itself). */
export function textIsRedundant(text: string, url: string, shown: string): boolean {
  const squash = (s: string) => s.toLowerCase().replace(/[\s\-_]+/g, '').replace(/(pep|rfc)0+/, '$1')
  const t = text.trim()
  return t === '' || t === url.trim() || squash(t) === squash(shown)
}
