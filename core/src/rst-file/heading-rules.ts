import { displayWidth } from '../rst/display-width.js'
import { type FileProblem, fileError, fileWarning } from './file-problem.js'
import type { Heading } from './headings.js'

/** PEP 12: level 1 underlined with `=`, level 2 with `-`, level 3 with `'`; no overlines. */
const PEP12_STYLES = ['=', '-', "'"] as const

/**
 * PEP-RULES §3 for section titles: the underline (and overline) at least as long as the title's
 * display width (docutils "Title underline too short", a warning that fails the python/peps
 * build), levels that docutils can nest, and PEP 12's adornment per level (a warning: docutils
 * numbers levels by first appearance, so any consistent set builds).
 */
export function checkHeadings(headings: readonly Heading[]): FileProblem[] {
  const problems: FileProblem[] = []
  const styles: string[] = []
  let depth = 0
  for (const heading of headings) {
    const width = displayWidth(heading.title)
    if (heading.readAsText) {
      problems.push(
        fileWarning(
          'file.heading.not-a-title',
          heading.line + 1,
          `docutils reads “${heading.title}” as ordinary text: its underline (${heading.underline}) is shorter than the title (${width}) and than 4 characters. Lengthen it to make a title.`,
        ),
      )
      continue
    }
    problems.push(...lengthProblems(heading, width))
    // docutils check_subsection: a style seen before is its level; a new style opens the next level.
    let level = styles.indexOf(heading.style) + 1
    if (level === 0 && styles.length === depth) {
      styles.push(heading.style)
      level = styles.length
      problems.push(...styleProblems(heading, level))
    }
    if (level === 0 || level > depth + 1) {
      problems.push(
        fileError(
          'file.heading.level-inconsistent',
          heading.line,
          `“${heading.title}” uses an adornment that docutils cannot place at this level ("Title level inconsistent"): use the style of its level (${styles.join(' ')}).`,
        ),
      )
      continue
    }
    depth = level
  }
  return problems
}

function lengthProblems(heading: Heading, width: number): FileProblem[] {
  const problems: FileProblem[] = []
  if (heading.overline !== undefined && (heading.overline !== heading.underline || heading.style[0] !== heading.style[2])) {
    problems.push(fileError('file.heading.overline', heading.line - 1, `The overline and underline of “${heading.title}” must be the same character and length.`))
  }
  const shortest = Math.min(heading.underline, heading.overline ?? heading.underline)
  if (shortest < width) {
    const line = heading.overline !== undefined && heading.overline < width ? heading.line - 1 : heading.line + 1
    problems.push(
      fileError(
        'file.heading.underline-short',
        line,
        `The adornment of “${heading.title}” is ${shortest} characters; the title is ${width} columns wide (wide characters count 2). PEP 12: make it at least as long as the title.`,
      ),
    )
  } else if (heading.underline < 4) {
    problems.push(fileWarning('file.heading.underline-min', heading.line + 1, `PEP 12: a title underline is at least 4 characters long; lengthen the one under “${heading.title}”.`))
  }
  return problems
}

/** PEP 12's adornment for `level`, reported once, where a style first appears. */
function styleProblems(heading: Heading, level: number): FileProblem[] {
  const expected = PEP12_STYLES[level - 1]
  if (heading.style === expected) return []
  const used = heading.overline !== undefined ? `an overline and underline of ${heading.char}` : `${heading.char}`
  const message =
    expected === undefined
      ? `“${heading.title}” is a level ${level} heading (${used}); PEP 12 uses three levels: =, - and '.`
      : `“${heading.title}” starts level ${level} with ${used}; PEP 12 underlines level ${level} headings with ${expected}${heading.overline !== undefined ? ' and no overline' : ''}.`
  return [fileWarning('file.heading.adornment', heading.line, message)]
}
