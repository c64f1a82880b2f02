import type { DocNode } from '@pepdraft/core'

/** A preamble every check accepts, so a test's body is all that varies. */
export const PREAMBLE = `PEP: 9999
Title: Import Case
Author: Jane Doe <jane@example.com>
Status: Draft
Type: Informational
Created: 01-Jan-2024
Post-History: Pending
`

export function pepSource(body: string): string {
  return `${PREAMBLE}\n${body}`
}

/**
 * The document's nodes as `type` names, nested, for comparing shapes without every attribute.
 * Text outside code is whitespace-normalised: line breaks in a paragraph mean a space.
 */
export function shape(node: DocNode, verbatim = false): unknown {
  if (node.type === 'text') return verbatim ? node.text : (node.text ?? '').replace(/\s+/g, ' ')
  const code = node.type === 'codeBlock' || node.type === 'rstBlock'
  const children = (node.content ?? []).map((child) => shape(child, code))
  return children.length > 0 ? { [node.type]: children } : node.type
}
