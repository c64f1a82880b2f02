import { type FileProblem, fileError } from './file-problem.js'
import { sourceLines } from './source-lines.js'

const BOM = '\ufeff'

/**
 * PEP-RULES §3 (PEP 12): UTF-8 without a byte-order mark, LF line endings, exactly one final
 * newline, no trailing whitespace, no tab characters. Each rule is an error: python/peps' hooks
 * (mixed-line-ending, sphinx-lint) and check-peps (`lines[0].startswith("PEP: ")`) reject them,
 * and no published PEP breaks one.
 */
export function checkLayout(text: string): FileProblem[] {
  const problems: FileProblem[] = []
  if (text.startsWith(BOM)) {
    problems.push(
      fileError('file.encoding.bom', 1, 'The file starts with a byte-order mark: save it as UTF-8 without BOM (the first line must be “PEP: …”).'),
    )
  }
  problems.push(...lineEndingProblems(text), ...finalNewlineProblems(text))
  sourceLines(text).forEach((line, i) => {
    if (line.includes('\t')) {
      problems.push(
        fileError('file.layout.tab', i + 1, 'Tab character: PEP 12 forbids tabs; indent with spaces (4 for blocks, 8 for preamble continuations).'),
      )
    }
    if (/[ \t\f\v]+$/.test(line)) {
      problems.push(fileError('file.layout.trailing-whitespace', i + 1, 'Trailing whitespace: PEP 12 forbids it; delete the spaces at the end of the line.'))
    }
  })
  return problems
}

/** PEP 12: LF endings. Reported once, on the first CR, with how many lines have one. */
function lineEndingProblems(text: string): FileProblem[] {
  const lines = text.split('\n')
  const withCr = lines.filter((line) => line.includes('\r')).length
  if (withCr === 0) return []
  const first = lines.findIndex((line) => line.includes('\r')) + 1
  const kind = text.includes('\r\n') ? 'CR LF (Windows)' : 'CR'
  return [
    fileError(
      'file.layout.line-ending',
      first,
      `${withCr} line${withCr === 1 ? '' : 's'} end with ${kind}: PEP 12 requires LF line endings only (python/peps' mixed-line-ending hook rewrites them). Convert the file to LF.`,
    ),
  ]
}

/** PEP 12: the file ends with exactly one newline, no blank lines after the last text. */
function finalNewlineProblems(text: string): FileProblem[] {
  if (text === '' || text === BOM) return []
  const lines = text.split('\n')
  if (!text.endsWith('\n')) {
    return [fileError('file.layout.final-newline', lines.length, 'The file must end with one newline: add a line break after the last line.')]
  }
  let last = lines.length - 2
  while (last > 0 && lines[last]!.trim() === '') last--
  const extra = lines.length - 2 - last
  if (extra === 0) return []
  return [
    fileError(
      'file.layout.trailing-blank-lines',
      last + 2,
      `The file ends with ${extra} blank line${extra === 1 ? '' : 's'}: it must end with exactly one newline after the last text.`,
    ),
  ]
}
