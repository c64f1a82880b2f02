import type { DocNode } from '../document/json.js'
import { type Problem, error } from './problem.js'
import { nodeText } from './walk.js'

/** PEP 12 and PEP-RULES §2: the Copyright section's exact wording (compared whitespace-normalised). */
export const COPYRIGHT_TEXT =
  'This document is placed in the public domain or under the CC0-1.0-Universal license, whichever is more permissive.'

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The Copyright section must say exactly {@link COPYRIGHT_TEXT}, and nothing else. */
export function copyrightProblems(body: readonly DocNode[], headingIndex: number, section: string): Problem[] {
  const text = normalize(body.map(nodeText).join(' '))
  if (text === COPYRIGHT_TEXT) return []
  return [
    error(
      'section.copyright-wording',
      `The Copyright section must say exactly, and only: “${COPYRIGHT_TEXT}” (python/peps requires this wording).`,
      { section, path: [headingIndex] },
    ),
  ]
}
