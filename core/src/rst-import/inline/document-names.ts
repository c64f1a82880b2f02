import { normalizeName } from './named-link.js'

/**
 * Reference names a whole document uses, for deciding whether `` `text <uri>`_ `` can become a
 * plain link. That form also defines the target "text"; the exporter writes the link anonymous
 * (`` `text <uri>`__ ``), which defines nothing. Harmless unless something else needs the name:
 * a reference `text_` / `` `text`_ `` elsewhere, or a section title or explicit target of the
 * same name (docutils would have marked both as duplicates). Over-approximated from the raw
 * source, so a doubt keeps the source.
 */
export interface DocumentNames {
  /** Normalised names referenced anywhere (`name_`, `` `name`_ ``, `|name|_`, `<name_>` aliases). */
  referenced: ReadonlySet<string>
  /** Normalised text of every source line (as written and unescaped) and every explicit target name (`.. _name:`). */
  defined: ReadonlySet<string>
}

const PHRASE_REFERENCE = /`([^`]+)`_(?!_)/g
const ALIAS = /<([^<>`]+)_>`/g
const SUBSTITUTION_REFERENCE = /\|([^|\s](?:[^|]*[^|\s])?)\|_(?!_)/g
const SIMPLE_REFERENCE = /([\p{L}\p{N}]+(?:[-._+:][\p{L}\p{N}]+)*)_(?![\p{L}\p{N}_])/gu
const EXPLICIT_TARGET = /^[ \t]*\.\. _(`[^`]+`|[^:`]+):/gm

/** The names `source` (a whole `.rst` file) references and defines. */
export function documentNames(source: string): DocumentNames {
  const referenced = new Set<string>()
  const defined = new Set<string>()
  for (const match of source.matchAll(PHRASE_REFERENCE)) {
    const text = match[1] ?? ''
    // `text <uri>`_ defines "text" (the alias form `text <name_>`_ is counted below).
    if (!/<[^<>]*>$/.test(text)) referenced.add(normalizeName(unescape(text)))
  }
  for (const match of source.matchAll(ALIAS)) referenced.add(normalizeName(unescape(match[1] ?? '')))
  // docutils: `|name|_` is also a reference to the target "name".
  for (const match of source.matchAll(SUBSTITUTION_REFERENCE)) referenced.add(normalizeName(unescape(match[1] ?? '')))
  for (const match of source.matchAll(SIMPLE_REFERENCE)) referenced.add(normalizeName(match[1] ?? ''))
  for (const match of source.matchAll(EXPLICIT_TARGET)) defined.add(normalizeName(unescape((match[1] ?? '').replace(/^`|`$/g, ''))))
  for (const line of source.split('\n')) {
    defined.add(normalizeName(line))
    // A section title's name is its text unescaped: export writes `name\__` where a title had `name__`.
    defined.add(normalizeName(unescape(line)))
  }
  return { referenced, defined }
}

function unescape(text: string): string {
  return text.replace(/\\(.)/gs, '$1')
}
