import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Preamble, type PostHistoryEntry, parsePerson } from '@pepdraft/core'

/** The published PEPs (python/peps), shared by every workspace. */
export const PEPS_DIR = process.env.PEPDRAFT_PEPS_DIR ?? '/work/shared/fixtures/peps'

export function listPepFiles(): string[] {
  return readdirSync(PEPS_DIR)
    .filter((name) => /^pep-\d{4}\.rst$/.test(name))
    .sort()
}

/** RFC 2822 style header block: `Name: value` lines, indented continuations, up to the first blank line. */
export function readHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>()
  let current: string | undefined
  for (const line of text.split('\n')) {
    if (line.trim() === '') break
    const match = /^([A-Za-z-]+):(?: |$)(.*)$/.exec(line)
    if (match && !/^\s/.test(line)) {
      current = match[1]!
      headers.set(current, match[2]!)
    } else if (current) {
      headers.set(current, `${headers.get(current)}\n${line}`)
    }
  }
  return headers
}

function entries(value: string): string[] {
  return value
    .split('\n')
    .flatMap((line) => line.trim().replace(/,$/, '').split(', '))
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

function postHistory(value: string): PostHistoryEntry[] {
  return entries(value).map((entry) => {
    const link = /^`([^<`]*?)\s*<([^>]+)>`__$/.exec(entry)
    return link ? { date: link[1]!, url: link[2]! } : { date: entry }
  })
}

/** A published PEP's header block as the editor would hold it (`BDFL-Delegate` read as `PEP-Delegate`). */
export function toPreamble(headers: Map<string, string>): Preamble {
  const preamble: Record<string, unknown> = {}
  for (const [name, raw] of headers) {
    const key = name === 'BDFL-Delegate' ? 'PEP-Delegate' : name
    if (key === 'Author') preamble[key] = entries(raw).map(parsePerson)
    else if (key === 'Post-History') preamble[key] = postHistory(raw)
    else preamble[key] = raw.trim()
  }
  return preamble as Preamble
}

export function readPep(file: string): { number: number; headers: Map<string, string>; preamble: Preamble } {
  const headers = readHeaders(readFileSync(join(PEPS_DIR, file), 'utf-8'))
  return { number: Number(/\d+/.exec(file)![0]), headers, preamble: toPreamble(headers) }
}
