import { displayWidth } from '../rst/display-width.js'
import { isBlank } from './source-lines.js'

/** A section title as docutils reads it: text with an underline, and maybe an overline. */
export interface Heading {
  /** 1-based line of the title text. */
  line: number
  title: string
  char: string
  underline: number
  overline?: number
  /** `=` for an underline of `=`, `=/=` for an over- and underline of `=` (a different style). */
  style: string
  /**
   * docutils: an underline shorter than the title and than 4 characters makes no title ("Possible
   * title underline, too short for the title. Treating it as ordinary text").
   */
  readAsText: boolean
}

/** docutils: an adornment is one repeated non-alphanumeric 7-bit printable character. */
const ADORNMENT = /^([!-/:-@[-`{-~])\1*\s*$/

export function isAdornment(line: string | undefined): boolean {
  return line !== undefined && ADORNMENT.test(line)
}

/**
 * The section titles of the body (lines from `start`): a column-0 line of text that begins a text
 * block and is followed by an adornment line, or text between an overline and an underline.
 * Indented lines never start a section in docutils, so literal blocks need no special care.
 */
export function findHeadings(lines: readonly string[], start: number): Heading[] {
  const headings: Heading[] = []
  let afterTitle = -1
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!
    // docutils: a title ends its block, so another title may follow its underline directly.
    const startsBlock = i === start || i === afterTitle || isBlank(lines[i - 1])
    if (!startsBlock) continue
    if (isAdornment(line) && !isBlank(lines[i + 1]) && isAdornment(lines[i + 2]) && !isAdornment(lines[i + 1])) {
      const char = line[0]!
      const under = lines[i + 2]!.trimEnd()
      const title = lines[i + 1]!.trim()
      const overline = line.trimEnd().length
      headings.push({ line: i + 2, title, char, underline: under.length, overline, style: `${char}/${under[0]}`, readAsText: false })
      i += 2
      afterTitle = i + 1
      continue
    }
    // `::` alone is the marker of a literal block, not an underline.
    if (/^\S/.test(line) && !isAdornment(line) && isAdornment(lines[i + 1]) && lines[i + 1]!.trim() !== '::') {
      const under = lines[i + 1]!.trimEnd()
      const title = line.trimEnd()
      const readAsText = under.length < 4 && under.length < displayWidth(title)
      headings.push({ line: i + 1, title, char: under[0]!, underline: under.length, style: under[0]!, readAsText })
      i += 1
      if (!readAsText) afterTitle = i + 1
    }
  }
  return headings
}
