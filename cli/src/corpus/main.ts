import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { formatReport, summarize } from './corpus-report.js'
import { runCorpus } from './run-corpus.js'

const USAGE = 'Usage: npm run corpus -- <dir> [--worst N] [--json FILE] [--only pep-0008.rst,...] [--no-cache] [--processes N]'

/**
 * `npm run corpus -- <dir>`: imports every published PEP in `dir`, re-exports it and reports how
 * many give docutils the same doctree (normalised as doctree.py documents).
 */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      worst: { type: 'string', default: '10' },
      json: { type: 'string' },
      only: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      processes: { type: 'string', default: '2' },
      'diff-lines': { type: 'string', default: '12' },
    },
  })
  const dir = positionals[0]
  if (dir === undefined || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const started = Date.now()
  const only = values.only?.split(',').map((name) => name.trim()).filter(Boolean)
  const results = await runCorpus(dir, {
    only,
    diffLines: Number(values['diff-lines']),
    cache: values['no-cache'] ? undefined : join(tmpdir(), 'pepdraft-corpus-cache'),
    processes: Number(values.processes),
  })
  const missing = only?.filter((name) => !results.some((r) => r.name === name)) ?? []
  if (missing.length > 0) process.stderr.write(`corpus: not found in ${dir}: ${missing.join(', ')}\n`)
  process.stdout.write(formatReport(results, Number(values.worst)))
  process.stdout.write(`(${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ summary: summarize(results), files: results }, null, 1)}\n`)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`corpus: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  },
)
