import { writeFileSync } from 'node:fs'
import { clientSuite } from './client.js'
import { docMemorySuite } from './doc-memory.js'
import { durabilitySuite } from './durability.js'
import { exportSuite } from './export.js'
import { describeMachine, machineLine } from './machine.js'
import type { Row, Suite } from './suite.js'
import { syncSuite } from './sync.js'
import { markdownTable, textTable } from './table.js'

/** Every suite `npm run bench` runs, in order. */
const SUITES: readonly Suite[] = [exportSuite, syncSuite, docMemorySuite, durabilitySuite, clientSuite]

const OUTPUT = new URL('../BENCHMARKS.md', import.meta.url)

/** Runs the suites one after another, prints one table, and writes it with the machine to BENCHMARKS.md. */
async function main(): Promise<void> {
  // `npm run bench -- sync client` runs only those suites and prints them; BENCHMARKS.md keeps the full run.
  const only = process.argv.slice(2)
  const suites = only.length > 0 ? SUITES.filter((suite) => only.includes(suite.name)) : SUITES
  const machine = describeMachine()
  const started = new Date()
  const rows: Row[] = []
  for (const suite of suites) {
    process.stderr.write(`bench: ${suite.name}…\n`)
    try {
      rows.push(...(await suite.run()))
    } catch (err) {
      rows.push({ suite: suite.name, case: 'suite failed', note: err instanceof Error ? err.message : String(err) })
    }
  }
  const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(1)
  console.log(`\n${machineLine(machine)}\n\n${textTable(rows)}\n\n(${seconds} s)`)
  if (only.length === 0) {
    writeFileSync(OUTPUT, benchmarksMarkdown(rows, machineLine(machine), started, seconds))
    process.stderr.write(`bench: wrote ${OUTPUT.pathname}\n`)
  }
  if (rows.some((row) => row.case === 'suite failed')) process.exitCode = 1
}

function benchmarksMarkdown(rows: readonly Row[], machine: string, date: Date, seconds: string): string {
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); do not edit by hand, run it again.',
    '',
    `- Date: ${date.toISOString()}`,
    `- Machine: ${machine}`,
    `- Total time: ${seconds} s`,
    '',
    markdownTable(rows),
    '',
  ].join('\n')
}

await main()
