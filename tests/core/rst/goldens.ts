import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DocNode, Preamble, RstWarningCode } from '@pepdraft/core'

/** Golden cases: `<case>.json` (`{doc, preamble, warnings?}`) → `<case>.rst`, named after the behaviour. */
export const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/rst/', import.meta.url))

export interface GoldenCase {
  name: string
  doc: DocNode
  preamble: Preamble
  /** The warning codes the export must report, in order (absent: none). */
  warnings?: RstWarningCode[]
}

export function goldenNames(): string[] {
  return readdirSync(GOLDEN_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort()
}

export function readGolden(name: string): GoldenCase {
  const input = JSON.parse(readFileSync(join(GOLDEN_DIR, `${name}.json`), 'utf8')) as Omit<GoldenCase, 'name'>
  return { name, ...input }
}

export function goldenRstPath(name: string): string {
  return join(GOLDEN_DIR, `${name}.rst`)
}
