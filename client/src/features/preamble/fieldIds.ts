import type { HeaderName } from '@pepdraft/core'

/**
 * The id of a header's first control (the input, the first row's input, or the add button of an
 * empty list). Fixed rather than generated, so the checks panel can focus a field by header name.
 */
export function fieldControlId(name: HeaderName): string {
  return `preamble-${name}`
}

/** The id of the element listing a header's problems, for `aria-describedby`. */
export function fieldProblemsId(name: HeaderName): string {
  return `preamble-${name}-problems`
}

/** `preamble-Author-2-email`: stable per header, row and part, so focus can follow a row. */
export function rowControlId(header: string, index: number, part: string): string {
  return `preamble-${header}-${index}-${part}`
}
