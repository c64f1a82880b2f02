import type { Row } from './suite.js'

const HEADERS = ['suite', 'case', 'runs', 'median ms', 'p95 ms', 'throughput', 'note'] as const

function cells(row: Row): string[] {
  return [
    row.suite,
    row.case,
    row.runs === undefined ? '–' : String(row.runs),
    ms(row.medianMs),
    ms(row.p95Ms),
    row.throughput ?? '–',
    row.note ?? '',
  ]
}

function ms(value: number | undefined): string {
  if (value === undefined) return '–'
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

/** The one table `npm run bench` prints: aligned columns, numbers right-aligned. */
export function textTable(rows: readonly Row[]): string {
  const body = rows.map(cells)
  const widths = HEADERS.map((header, c) => Math.max(header.length, ...body.map((r) => r[c]!.length)))
  const numeric = (c: number) => c >= 2 && c <= 4
  const line = (values: readonly string[]) =>
    values
      .map((value, c) => (numeric(c) ? value.padStart(widths[c]!) : value.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  return [line(HEADERS), rule, ...body.map(line)].join('\n')
}

/** The same rows as a Markdown table, for BENCHMARKS.md. */
export function markdownTable(rows: readonly Row[]): string {
  const escape = (value: string) => value.replace(/\|/g, '\\|')
  return [
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map((_, c) => (c >= 2 && c <= 4 ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${cells(row).map(escape).join(' | ')} |`),
  ].join('\n')
}
