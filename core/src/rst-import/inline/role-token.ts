import { unescapeNull } from './escapes.js'
import type { InlineToken } from './inline-context.js'

/**
 * Interpreted text with a role the schema can hold, or `undefined` (kept as source). `text` is
 * the content with escapes as NUL. The result must export to the same doctree:
 * - `:pep:`N`` is docutils' reference "PEP N" to `pep_base_url + pep-%04d`; a link with that
 *   text and URL is what the exporter writes back as `:pep:`N`` (`rst/links.ts`). Leading zeros
 *   (`:pep:`008`` shows "PEP 008"), titles and anchors (`:pep:`8#x`` is an error in docutils
 *   0.19, though Sphinx accepts it) are kept as source.
 * - `:rfc:`N`` / `:rfc:`N#section`` shows "RFC N" and links `rfc_base_url + rfcN.html#section`.
 * - `:literal:`, `:emphasis:`, `:strong:` are the nodes ``` ``…`` ```, `*…*`, `**…**` make.
 */
export function roleToken(role: string, text: string): InlineToken | undefined {
  const name = role.toLowerCase()
  if (name === 'pep' || name === 'pep-reference') return pepLink(text)
  if (name === 'rfc' || name === 'rfc-reference') return rfcLink(text)
  const plain = unescapeNull(text)
  // docutils: a role's content cannot start or end with whitespace; an escaped space can.
  if (plain === '' || plain.trim() !== plain) return undefined
  if (name === 'literal') return { kind: 'mark', mark: 'code', text: plain }
  if (name === 'emphasis') return { kind: 'mark', mark: 'italic', text: plain }
  if (name === 'strong') return { kind: 'mark', mark: 'bold', text: plain }
  return undefined
}

/** docutils PEP reader default `pep_base_url` and `pep_file_url_template`. */
const PEP_BASE = 'https://peps.python.org/'
/** docutils default `rfc_base_url` and `Inliner.rfc_url`. */
const RFC_BASE = 'https://tools.ietf.org/html/'

function pepLink(text: string): InlineToken | undefined {
  if (!/^(?:0|[1-9][0-9]{0,3})$/.test(text)) return undefined
  return { kind: 'link', text: `PEP ${text}`, href: `${PEP_BASE}pep-${text.padStart(4, '0')}` }
}

function rfcLink(text: string): InlineToken | undefined {
  // The exporter reads back at most five digits and writes the number without leading zeros.
  const match = /^([1-9][0-9]{0,4})(#[^\s\0`]+)?$/.exec(text)
  if (!match) return undefined
  return { kind: 'link', text: `RFC ${match[1]}`, href: `${RFC_BASE}rfc${match[1]}.html${match[2] ?? ''}` }
}
