import type { DocNode } from '../document/json.js'
import { type DirectLink, directLinkCode, directLinkMessage, findDirectLinks } from './direct-links.js'
import { type Problem, error, warning } from './problem.js'
import { walk } from './walk.js'

/** PEP-RULES §3: links are `` `text <https://…>`__ ``; these characters would break that syntax. */
const UNSAFE_IN_HREF = /[\s<>`]/
const BARE_URL = /\bhttps?:\/\/\S+/i

function shorten(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed
}

/** What is wrong with a link target, as [dedupe key, problem], or undefined when it is a usable URL. */
function hrefProblem(href: string, label: string, path: number[]): [string, Problem] | undefined {
  if (href === '') {
    return ['href', error('links.href-missing', `Link ${label} has no URL: add one or remove the link.`, { path })]
  }
  // `<#section-id>` links within the PEP: docutils resolves them as relative URIs and published
  // PEPs use them (PEP 744), so they are kept, like web links.
  if (!/^https?:\/\//i.test(href) && !/^#[^#\s]+$/.test(href)) {
    const message = `Link ${label} points to “${href}”, which is not an http(s) URL: PEPs link to web pages (https://…) or to a section of the PEP (#section-id).`
    return [`href|${href}`, error('links.scheme', message, { path })]
  }
  if (UNSAFE_IN_HREF.test(href)) {
    const message = `Link ${label} has spaces, angle brackets or backticks in its URL: percent-encode them (%20, %3C, %3E, %60).`
    return [`href|${href}`, error('links.href-format', message, { path })]
  }
  return undefined
}

function roleAnchorMessage(label: string, link: DirectLink): string {
  const role = link.kind === 'pep' ? `:pep:\`${link.number}\`` : `:rfc:\`${link.number}\``
  return `Link ${label} becomes ${role} on export, which links to the whole document: the #section part of its URL is dropped.`
}

/**
 * PEP-RULES §1 (last rule) and §3: links go to http(s) URLs; a PEP or RFC URL written as text or
 * code is an error (python/peps rejects any line with such a URL: use `:pep:` and `:rfc:`), while a
 * link to one is how the editor writes those roles; running text has no bare URLs.
 */
export function checkLinks(doc: DocNode): Problem[] {
  const problems: Problem[] = []
  const reported = new Set<string>()
  walk(doc, (node, path, parent) => {
    if (node.type !== 'text' || typeof node.text !== 'string') return
    // A link split across several text nodes (part of it bold) is reported once per paragraph.
    const once = (key: string, problem: Problem): void => {
      const id = `${path.slice(0, -1).join('.')}|${key}`
      if (!reported.has(id)) problems.push(problem)
      reported.add(id)
    }
    const marks = Array.isArray(node.marks) ? node.marks : []
    const link = marks.find((m) => m?.type === 'link')
    // Kept reStructuredText holds link targets (`.. _name: https://…`): URLs there are not bare.
    const inCode = parent.type === 'codeBlock' || parent.type === 'rstBlock' || marks.some((m) => m?.type === 'code')
    const label = `“${shorten(node.text)}”`
    const href = typeof link?.attrs?.href === 'string' ? link.attrs.href.trim() : ''
    const direct = new Map<string, DirectLink>()
    // A link's text is replaced by the role on export, so only its target matters; a target naming
    // a PEP or RFC number becomes `:pep:`N`` / `:rfc:`N`` (DESIGN.md), which plain docutils
    // accepts with a bare number only, so a section anchor cannot survive.
    const found = link ? findDirectLinks(href) : findDirectLinks(node.text)
    for (const direct_ of found) {
      if (link && direct_.number !== undefined) {
        if (href.includes('#')) once(`anchor|${href}`, warning('links.role-anchor', roleAnchorMessage(label, direct_), { path }))
      } else {
        direct.set(direct_.marker, direct_)
      }
    }

    const bad = link ? hrefProblem(href, label, path) : undefined
    if (bad) once(...bad)
    if (!link && !inCode && direct.size === 0 && BARE_URL.test(node.text)) {
      const message = `Bare URL in ${label}: PEP 12 asks for links written as text with a URL (select the words and add a link).`
      once(`bare|${node.text}`, warning('links.bare-url', message, { path }))
    }
    const where = link ? `Link ${label}` : inCode ? 'This code' : `The text ${label}`
    for (const found of direct.values()) {
      once(`direct|${found.marker}`, error(directLinkCode(found), directLinkMessage(found, where), { path }))
    }
  })
  return problems
}
