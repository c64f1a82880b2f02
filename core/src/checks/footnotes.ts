import type { DocNode } from '../document/json.js'
import { type Problem, error } from './problem.js'
import { walk } from './walk.js'

/** docutils simple reference name: alphanumerics joined by single `-`, `_`, `.`, `:` or `+`. */
const LABEL = /^[\p{L}\p{N}]+(?:[-_.:+][\p{L}\p{N}]+)*$/u

/** `[#label]_` and `.. [#label]` as written in source kept verbatim. */
const SOURCE_REFERENCE = /\[#([^\]\s]*)\]_/g
const SOURCE_DEFINITION = /^[ ]*\.\. +\[#([^\]\s]*)\]/gm

function rstBlockText(node: DocNode): string {
  return (node.content ?? []).map((child) => child.text ?? '').join('')
}

interface Occurrence {
  label: string
  path: number[]
}

function show(label: string): string {
  return label ? `[#${label}]` : '[#]'
}

/**
 * PEP-RULES §3: `[#label]_` references and `.. [#label]` definitions must pair up. docutils
 * reports an unknown label as an error and an unreferenced footnote as a warning, and python/peps
 * fails its build on either. Unlabelled (`[#]`) footnotes pair up in order, so their counts must match.
 */
export function footnoteProblems(doc: DocNode): Problem[] {
  const references: Occurrence[] = []
  const definitions: Occurrence[] = []
  walk(doc, (node, path) => {
    const label = String(node.attrs?.label ?? '').trim()
    if (node.type === 'footnoteReference') references.push({ label, path })
    if (node.type === 'footnote') definitions.push({ label, path })
    // Imported source kept verbatim (a table, a role) may hold references and definitions too.
    const source = node.type === 'rstInline' ? String(node.attrs?.source ?? '') : node.type === 'rstBlock' ? rstBlockText(node) : ''
    for (const match of source.matchAll(SOURCE_REFERENCE)) references.push({ label: match[1] ?? '', path })
    for (const match of source.matchAll(SOURCE_DEFINITION)) definitions.push({ label: match[1] ?? '', path })
  })
  const problems: Problem[] = []
  for (const { label, path } of [...references, ...definitions]) {
    if (label && !LABEL.test(label)) {
      problems.push(
        error(
          'structure.footnote-label',
          `Footnote label “${label}” must be letters and digits, optionally joined by - _ . : or +.`,
          { path },
        ),
      )
    }
  }
  const seen = new Set<string>()
  for (const { label, path } of definitions) {
    if (label && seen.has(label))
      problems.push(error('structure.footnote-duplicate', `Footnote ${show(label)} is defined twice.`, { path }))
    seen.add(label)
  }
  // docutils matches labels case-insensitively (`fully_normalize_name`).
  const defined = new Set(definitions.map((d) => d.label.toLowerCase()))
  const referenced = new Set(references.map((r) => r.label.toLowerCase()))
  const anonymousReferences = references.filter((r) => r.label === '')
  const anonymousDefinitions = definitions.filter((d) => d.label === '')
  const unknown = [
    ...references.filter((r) => r.label && !defined.has(r.label.toLowerCase())),
    ...anonymousReferences.slice(anonymousDefinitions.length),
  ]
  const unused = [
    ...definitions.filter((d) => d.label && !referenced.has(d.label.toLowerCase())),
    ...anonymousDefinitions.slice(anonymousReferences.length),
  ]
  for (const { label, path } of unknown) {
    problems.push(
      error(
        'structure.footnote-undefined',
        `Footnote reference ${show(label)} has no footnote: add it to the Footnotes section.`,
        { path },
      ),
    )
  }
  for (const { label, path } of unused) {
    problems.push(
      error(
        'structure.footnote-unreferenced',
        `Footnote ${show(label)} is never referenced: cite it in the text or remove it.`,
        { path },
      ),
    )
  }
  return problems
}
