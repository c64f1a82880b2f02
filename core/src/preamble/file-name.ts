import type { Preamble } from './fields.js'

/** python/peps names a PEP's file `pep-NNNN.rst`, the number zero-padded to four digits (PEP 12). */
export function pepFileName(preamble: Preamble, extension = 'rst'): string {
  const number = preamble.PEP?.trim() ?? ''
  return /^\d{1,4}$/.test(number) ? `pep-${number.padStart(4, '0')}.${extension}` : `pep-draft.${extension}`
}
