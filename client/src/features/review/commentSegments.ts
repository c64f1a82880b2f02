/** One piece of a comment body as shown: plain text, an inline literal or a web link. */
export type CommentSegment =
  | { kind: 'text'; text: string }
  | { kind: 'literal'; text: string }
  | { kind: 'link'; text: string; href: string }

/** ``literal`` as in reStructuredText: two backticks, at least one character, two backticks. */
const LITERAL = /``([^`\n]+(?:`[^`\n]+)*)``/g
/** http(s) addresses up to whitespace or a character that cannot end a bare URL in prose. */
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g
/** Punctuation that ends the sentence around a URL rather than the URL itself. */
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/

/**
 * Comment bodies are plain text (core/review/thread.ts). The only structure recognised is
 * ``literals`` and http(s) links; everything else, markup included, stays text.
 */
export function commentSegments(body: string): CommentSegment[] {
  const segments: CommentSegment[] = []
  let last = 0
  for (const match of body.matchAll(LITERAL)) {
    segments.push(...linkSegments(body.slice(last, match.index)))
    segments.push({ kind: 'literal', text: match[1]! })
    last = match.index + match[0].length
  }
  segments.push(...linkSegments(body.slice(last)))
  return mergeText(segments)
}

function linkSegments(text: string): CommentSegment[] {
  const segments: CommentSegment[] = []
  let last = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = trimUrl(match[0])
    const end = match.index + href.length
    segments.push({ kind: 'text', text: text.slice(last, match.index) })
    segments.push(isWebUrl(href) ? { kind: 'link', text: href, href } : { kind: 'text', text: href })
    last = end
  }
  segments.push({ kind: 'text', text: text.slice(last) })
  return segments
}

/** `(see https://example.org/a_(b))` keeps the balanced parenthesis and drops the unbalanced one. */
function trimUrl(url: string): string {
  let trimmed = url.replace(TRAILING_PUNCTUATION, '')
  while (trimmed.endsWith(')') && count(trimmed, ')') > count(trimmed, '(')) {
    trimmed = trimmed.slice(0, -1).replace(TRAILING_PUNCTUATION, '')
  }
  return trimmed
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

function isWebUrl(href: string): boolean {
  try {
    const url = new URL(href)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

function mergeText(segments: CommentSegment[]): CommentSegment[] {
  const merged: CommentSegment[] = []
  for (const segment of segments) {
    const previous = merged[merged.length - 1]
    if (segment.kind === 'text' && segment.text === '') continue
    if (segment.kind === 'text' && previous?.kind === 'text') previous.text += segment.text
    else merged.push({ ...segment })
  }
  return merged
}
