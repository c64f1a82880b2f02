/**
 * PEP-RULES §1 (last rule) and python/peps' check-peps: any line containing one of these is an
 * error anywhere in the file — preamble, prose, link targets, even code. PEPs and RFCs are cited
 * with the `:pep:` and `:rfc:` roles, which Sphinx turns into the right links.
 */
const PATTERNS = [
  { kind: 'pep', marker: 'peps.python.org/pep-', number: /peps\.python\.org\/pep-0*(\d+)/i },
  { kind: 'pep', marker: 'dev/peps/pep-', number: /dev\/peps\/pep-0*(\d+)/i },
  { kind: 'rfc', marker: 'rfc-editor.org/rfc/', number: /rfc-editor\.org\/rfc\/rfc0*(\d+)/i },
  { kind: 'rfc', marker: 'ietf.org/doc/html/rfc', number: /ietf\.org\/doc\/html\/rfc0*(\d+)/i },
] as const

export interface DirectLink {
  kind: 'pep' | 'rfc'
  /** The text python/peps looks for, e.g. `peps.python.org/pep-`. */
  marker: string
  /** The PEP or RFC number when the URL names one. */
  number?: string
}

/** Every direct PEP or RFC link in `text` (case-insensitive, as check-peps lowercases each line). */
export function findDirectLinks(text: string): DirectLink[] {
  const lower = text.toLowerCase()
  const found: DirectLink[] = []
  for (const pattern of PATTERNS) {
    if (!lower.includes(pattern.marker)) continue
    const number = pattern.number.exec(text)?.[1]
    found.push(
      number === undefined
        ? { kind: pattern.kind, marker: pattern.marker }
        : { kind: pattern.kind, marker: pattern.marker, number },
    )
  }
  return found
}

/** The fix, in words: which role to write instead. */
export function directLinkMessage(link: DirectLink, where: string): string {
  const n = link.number ?? 'N'
  const role = link.kind === 'pep' ? `:pep:\`${n}\`` : `:rfc:\`${n}\``
  const what = link.kind === 'pep' ? `PEP ${n}` : `RFC ${n}`
  return (
    `${where} links directly to ${link.marker}…: python/peps rejects any line containing “${link.marker}”. ` +
    `Refer to ${what} with the ${role} role instead.`
  )
}

export function directLinkCode(link: DirectLink): string {
  return link.kind === 'pep' ? 'links.pep-url' : 'links.rfc-url'
}
