import { unescapeNull } from './escapes.js'
import { implicitInline, implicitReferenceTexts } from './implicit-inline.js'
import type { InlineToken, ReferenceContext } from './inline-context.js'
import { interpretedOrPhrase } from './interpreted.js'
import { namedLink } from './named-link.js'
import { END, INITIAL } from './patterns.js'
import { isQuotedStart } from './quoted-start.js'

/** What one recognised candidate turns into: tokens spanning `[from, to)` of the scanned text. */
export interface Found {
  from: number
  to: number
  tokens: InlineToken[]
}

/**
 * docutils `Inliner.parse` over `marked` (the source with escapes as NUL, same offsets as
 * `source`): find the leftmost candidate in what remains, let its handler accept or refuse it,
 * and start again after it. docutils matches on the remaining text as a new string, so `^` in a
 * start-string prefix also matches right after the previous construct or refused start-string.
 */
export function scanInline(source: string, marked: string, refs: ReferenceContext): InlineToken[] {
  const tokens: InlineToken[] = []
  let textStart = 0
  let pos = 0
  while (pos < marked.length) {
    const remaining = marked.slice(pos)
    const match = INITIAL.exec(remaining)
    if (!match) break
    const found = candidate(source, marked, pos, match, refs)
    if ('resume' in found) {
      pos = found.resume
      continue
    }
    pushText(tokens, source, marked, textStart, found.from)
    tokens.push(...found.tokens)
    textStart = found.to
    pos = found.to
  }
  pushText(tokens, source, marked, textStart, marked.length)
  return tokens
}

/**
 * Text between constructs, with docutils' implicit references (`implicit-inline.ts`). The
 * exporter writes text unescaped where it can, so an escape that kept docutils from seeing a
 * reference (`PEP \\382`) would be lost: the escaped words are then kept as source.
 */
function pushText(tokens: InlineToken[], source: string, marked: string, from: number, to: number): void {
  const chunk = marked.slice(from, to)
  const found = implicitReferenceTexts(chunk)
  const plain = implicitReferenceTexts(unescapeNull(chunk))
  if (found.length === plain.length && found.every((text, i) => text === plain[i])) {
    tokens.push(...implicitInline(chunk))
    return
  }
  // The words holding escapes, first to last (the whole text if only escaped spaces differ).
  const words = [...chunk.matchAll(/\S*\0\S+/gu)]
  const firstWord = words[0]
  const lastWord = words[words.length - 1]
  const first = firstWord ? firstWord.index : 0
  const last = lastWord ? lastWord.index + lastWord[0].length : chunk.length
  tokens.push(...implicitInline(chunk.slice(0, first)))
  tokens.push({ kind: 'raw', source: source.slice(from + first, from + last), offset: from + first, why: 'escape that hides a reference' })
  tokens.push(...implicitInline(chunk.slice(last)))
}

/** A candidate at `pos + match.index`: accepted (`Found`) or refused, scanning on at `resume`. */
function candidate(source: string, marked: string, pos: number, match: RegExpExecArray, refs: ReferenceContext): Found | { resume: number } {
  const groups = match.groups ?? {}
  const at = pos + match.index
  if (groups.start !== undefined) return startString(source, marked, pos, at, groups.start)
  if (groups.whole !== undefined) {
    const to = at + groups.whole.length
    const raw = source.slice(at, to)
    if (groups.label !== undefined) return { from: at, to, tokens: [footnoteToken(raw, groups.label, at)] }
    const link = groups.refend === '_' ? namedLink(groups.refname ?? '', refs.targets) : undefined
    return { from: at, to, tokens: [link ?? { kind: 'raw', source: raw, offset: at, why: 'hyperlink reference' }] }
  }
  return interpretedOrPhrase(source, marked, pos, at, groups.role ?? '', refs)
}

/** `[#label]_` is a footnote reference the schema holds (kept if its footnote is known later). */
function footnoteToken(raw: string, label: string, offset: number): InlineToken {
  if (label.startsWith('#') && label.length > 1) return { kind: 'footnote', label: label.slice(1) }
  const why = label === '#' || label === '*' || /^[0-9]+$/.test(label) ? 'footnote reference' : 'citation reference'
  return { kind: 'raw', source: raw, offset, why }
}

const KINDS: Record<string, { end: RegExp; make: (text: string, raw: string, offset: number) => InlineToken }> = {
  '**': { end: END.strong, make: (text) => ({ kind: 'mark', mark: 'bold', text: unescapeNull(text) }) },
  '*': { end: END.emphasis, make: (text) => ({ kind: 'mark', mark: 'italic', text: unescapeNull(text) }) },
  // docutils: inline literals keep their backslashes.
  '``': { end: END.literal, make: (text) => ({ kind: 'mark', mark: 'code', text: unescapeNull(text, true) }) },
  '_`': { end: END.target, make: (_text, raw, offset) => ({ kind: 'raw', source: raw, offset, why: 'inline target' }) },
  '|': { end: END.substitution, make: (_text, raw, offset) => ({ kind: 'raw', source: raw, offset, why: 'substitution reference' }) },
}

/** docutils `Inliner.inline_obj`: a start-string, then the nearest valid end-string after it. */
function startString(source: string, marked: string, pos: number, at: number, start: string): Found | { resume: number } {
  const kind = KINDS[start]
  if (!kind) throw new Error(`Unknown inline start-string ${JSON.stringify(start)}`)
  const afterStart = at + start.length
  if (isQuotedStart(marked, at, afterStart, pos)) return { resume: afterStart }
  const end = kind.end.exec(marked.slice(afterStart))
  if (end && end.index > 0) {
    const to = afterStart + end.index + (end[1] ?? '').length
    return { from: at, to, tokens: [kind.make(marked.slice(afterStart, afterStart + end.index), source.slice(at, to), at)] }
  }
  // docutils: "Inline … start-string without end-string." (a warning; the start-string stays as written)
  return { from: at, to: afterStart, tokens: [{ kind: 'raw', source: source.slice(at, afterStart), offset: at, why: 'start-string without end-string' }] }
}
