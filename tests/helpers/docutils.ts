import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * Real docutils (0.19, PEP reader) as a test oracle. One python process parses a whole batch and
 * reports per file, so the suite pays the interpreter start-up once, not once per file.
 */

export interface DocutilsMessage {
  level: number
  line: number | null
  message: string
}

/** A text-bearing element as docutils read it: `[tagname, containers, text, link URIs]`. */
export type DocutilsBlock = [kind: string, containers: string[], text: string, links: string[]]

export interface DocutilsResult {
  name: string
  /** System messages of level 2 (WARNING) and above: `--halt=warning` stops on any of them. */
  messages: DocutilsMessage[]
  /** An exception, e.g. the PEP reader's DataError on a malformed preamble. */
  error: string | null
  /** With `extract`: the body's text blocks, read before docutils' transforms. */
  blocks?: DocutilsBlock[]
}

export interface RstFile {
  name: string
  rst: string
}

const SCRIPT = fileURLToPath(new URL('./docutils_check.py', import.meta.url))

export function checkWithDocutils(files: readonly RstFile[], options: { extract?: boolean } = {}): DocutilsResult[] {
  if (files.length === 0) return []
  const run = spawnSync('python3', [SCRIPT], {
    input: JSON.stringify({ files, extract: options.extract ?? false }),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`docutils_check.py failed (${run.status}): ${run.stderr}`)
  return JSON.parse(run.stdout) as DocutilsResult[]
}

/** Whether docutils accepted the file as `--halt=warning` would. */
export function isClean(result: DocutilsResult): boolean {
  return result.error === null && result.messages.length === 0
}

export function describeProblems(result: DocutilsResult): string {
  const lines = result.messages.map((m) => m.message)
  if (result.error) lines.push(result.error)
  return `${result.name}:\n  ${lines.join('\n  ')}`
}
