/**
 * docutils numbers section levels by the order in which title adornment styles first appear: a
 * style is the underline character, with the overline character when there is one, so `===`
 * over and under a title is another style than `===` under it alone (states.py `check_subsection`).
 */
export interface TitleStyles {
  /** Styles seen so far, outermost first. */
  seen: string[]
  /** Level (1-based) of the section currently open; 0 before the first title. */
  current: number
}

export function createTitleStyles(): TitleStyles {
  return { seen: [], current: 0 }
}

export function titleStyle(underline: string, overline: string | undefined): string {
  return `${overline ?? ''}${underline}`
}

/**
 * The level a title of `style` opens, or `undefined` when docutils reports "Title level
 * inconsistent" (a new style deeper than one below the current section).
 */
export function levelOf(styles: TitleStyles, style: string): number | undefined {
  const known = styles.seen.indexOf(style)
  if (known >= 0) {
    if (known + 1 > styles.current + 1) return undefined
    styles.current = known + 1
    return styles.current
  }
  if (styles.seen.length !== styles.current) return undefined
  styles.seen.push(style)
  styles.current = styles.seen.length
  return styles.current
}
