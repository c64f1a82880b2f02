import { checkRstFile, type FileProblem } from '@pepdraft/core'

/** The date every unit test checks against (PEP-RULES §1 row 11 measures "future" from it). */
export const TODAY = new Date(Date.UTC(2024, 5, 1))

/** A PEP file every rule accepts, with no warning: the passing case each failing case edits. */
export const VALID_PEP = `PEP: 9999
Title: A Valid Draft
Author: Ada Lovelace <ada@example.com>
Discussions-To: Pending
Status: Draft
Type: Standards Track
Created: 01-Jan-2024
Post-History: Pending


Abstract
========

Some text with \`\`code\`\`, *emphasis* and a \`link <https://example.com>\`__.


Specification
=============

A paragraph ending in a literal block::

    x = \`not a role\`


Copyright
=========

This document is placed in the public domain or under the
CC0-1.0-Universal license, whichever is more permissive.
`

export function problemsOf(text: string): FileProblem[] {
  return checkRstFile(text, { today: TODAY })
}

/** `code@line` for every problem, the compact form assertions compare. */
export function codesOf(text: string): string[] {
  return problemsOf(text).map((p) => `${p.code}@${p.line}`)
}

/** VALID_PEP with one header line replaced (or removed when `line` is undefined). */
export function withHeader(name: string, line: string | undefined): string {
  const lines = VALID_PEP.split('\n')
  const at = lines.findIndex((l) => l.startsWith(`${name}:`))
  if (at < 0) throw new Error(`VALID_PEP has no ${name} header`)
  if (line === undefined) lines.splice(at, 1)
  else lines.splice(at, 1, ...line.split('\n'))
  return lines.join('\n')
}

/** VALID_PEP with `text` in place of the Abstract's paragraph. */
export function withAbstract(text: string): string {
  return VALID_PEP.replace(/Some text with .*\n/, `${text}\n`)
}
