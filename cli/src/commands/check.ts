import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { checkRstFile, decodeRstBytes } from '@pepdraft/core'
import type { Command } from '../command.js'
import { addTally, formatProblem, formatSummary, type Tally, tally } from '../format.js'
import { EXIT, type Io, UsageError } from '../io.js'

/** `pepdraft check <file.rst> [...]`: PEP-RULES §1 and §3 on files, as python/peps would judge them. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check PEP .rst files against the python/peps rules (preamble, layout, headings, links)',
  usage: 'pepdraft check <file.rst> [<file.rst> ...]',
  help: [
    'Reads each file as UTF-8 and prints one line per problem:',
    '',
    '  file:line: severity code message',
    '',
    'then a summary. Errors are what python/peps rejects; warnings are what PEP 1 and PEP 12 ask.',
    '',
    'Exit codes: 0 no errors (warnings allowed), 1 a file has errors or cannot be read, 2 usage.',
  ].join('\n'),
  options: {},
  async run({ positionals }, io) {
    if (positionals.length === 0) throw new UsageError('give at least one .rst file to check')
    const today = new Date()
    let total: Tally = { errors: 0, warnings: 0 }
    for (const file of positionals) total = addTally(total, await checkFile(file, today, io))
    io.out(`${formatSummary(positionals.length, total)}\n`)
    return total.errors > 0 ? EXIT.failure : EXIT.ok
  },
}

async function checkFile(file: string, today: Date, io: Io): Promise<Tally> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(resolve(io.cwd, file))
  } catch (err) {
    io.out(`${file}: error file.read cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})\n`)
    return { errors: 1, warnings: 0 }
  }
  const decoded = decodeRstBytes(bytes)
  const problems = [...decoded.problems, ...checkRstFile(decoded.text, { today })]
  for (const problem of problems) io.out(`${formatProblem(file, problem)}\n`)
  return tally(problems)
}
