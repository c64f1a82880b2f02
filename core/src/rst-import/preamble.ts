import type { Preamble, WrittenHeader } from '../preamble/fields.js'
import type { FileProblem } from '../rst-file/file-problem.js'
import { readPreambleBlock, type HeaderLines } from '../rst-file/preamble-block.js'
import { canonicalHeader } from '../rst-file/preamble-structure.js'
import { authorsOf, postHistoryOf } from '../rst-file/preamble-values.js'
import type { RstImportWarning } from './import-rst.js'
import { writtenValue } from '../preamble/written-value.js'

/**
 * The preamble as imported. Besides PEP 1's headers it may hold, under their own names, headers
 * PEP 1 does not list (`BDFL-Delegate`, the legacy name check-peps still accepts; retired ones
 * like `Version` in old files), as the text written: the Preamble map is keyed by the exact
 * header name, validatePreamble reports such keys, and the exporter decides what to write.
 */
export type ImportedPreamble = Preamble & { readonly [otherHeader: string]: unknown }

export interface PreambleImport {
  preamble: ImportedPreamble
  /** Index of the first body line, after the blank line that ends the preamble. */
  bodyStart: number
  warnings: RstImportWarning[]
}

/**
 * PEP-RULES §1: the RFC 2822 header block at the top of a PEP, read as check-peps reads it (the
 * rst-file readers: continuation lines unfolded, Author and Post-History split at `, `). Values
 * are kept as written, even invalid ones: the checks report them, the import does not judge.
 * Each header is also remembered as written (`Preamble.written`), so that while its value is
 * unchanged the export gives back the same lines: the published layout (wrapped lists, trailing
 * commas, empty headers, markup in a Title) then round-trips to the same doctree.
 * Never throws; a file without a preamble gives an empty one and a warning.
 */
export function importPreamble(lines: readonly string[]): PreambleImport {
  const block = readPreambleBlock(lines)
  const warnings = block.problems.map(warningOf)
  const preamble: Record<string, unknown> = {}
  const written: WrittenHeader[] = []
  for (const header of block.headers) {
    const known = canonicalHeader(header.name)
    // check-peps: BDFL-Delegate stands for PEP-Delegate in the same slot. The value is PEP-Delegate's
    // (so the form and the checks see it); `written` keeps the legacy name for an unchanged export.
    const key = known ?? header.name
    if (Object.hasOwn(preamble, key) || (known !== undefined && Object.hasOwn(preamble, known))) {
      warnings.push({ code: 'preamble.duplicate', message: `The header ${header.name} is given twice; the first one is kept.`, line: header.line })
      continue
    }
    const read = valueOf(known, header)
    preamble[key] = read.value
    written.push({ name: header.name, lines: [header.value, ...header.continuations.map((c) => c.text)], value: writtenValue(read.value) })
    warnings.push(...read.warnings)
  }
  if (written.length > 0) preamble.written = written
  return { preamble: preamble as ImportedPreamble, bodyStart: block.bodyStart, warnings }
}

function valueOf(name: string | undefined, header: HeaderLines): { value: unknown; warnings: RstImportWarning[] } {
  const texts = [header.value, ...header.continuations.map((c) => c.text)]
  if (name === 'Author') return { value: authorsOf(texts), warnings: [] }
  if (name === 'Post-History') {
    const read = postHistoryOf(header)
    return { value: read.entries, warnings: read.problems.map(warningOf) }
  }
  // RFC 2822 unfolding: a value continued on indented lines is one line.
  return { value: texts.map((text) => text.trim()).join(' ').trim(), warnings: [] }
}

function warningOf(problem: FileProblem): RstImportWarning {
  return { code: problem.code, message: problem.message, line: problem.line ?? 1 }
}
