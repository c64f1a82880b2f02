import { existsSync } from 'node:fs'
import { validatePreamble } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { PEPS_DIR, listPepFiles, readPep } from './read-pep-headers.js'

/** After the newest date in the corpus (PEP 843's Post-History, 21-Aug-2026): nothing published is "in the future". */
const TODAY = new Date(Date.UTC(2026, 10, 22))

/**
 * Published values our rules reject, each with the reason the PEP (not the rule) is the exception.
 * Keep this list short: a new entry means either an over-strict rule or a real exception.
 */
const KNOWN_REJECTIONS: Record<number, { codes: string[]; why: string }> = {
  401: {
    codes: ['preamble.status.invalid'],
    why: 'the April Fool PEP has Status "April Fool!", which check-peps special-cases',
  },
}

describe.skipIf(!existsSync(PEPS_DIR))('the published PEPs', () => {
  const peps = existsSync(PEPS_DIR) ? listPepFiles().map(readPep) : []

  it('are all read, with a PEP number, title and authors', () => {
    expect(peps.length).toBeGreaterThan(700)
    for (const { number, preamble } of peps) {
      expect(preamble.PEP).toBe(String(number))
      expect(preamble.Author?.length).toBeGreaterThan(0)
    }
  })

  it('produce no preamble errors, apart from the listed exceptions', () => {
    const rejected: Record<number, string[]> = {}
    for (const { number, preamble } of peps) {
      const errors = validatePreamble(preamble, { today: TODAY }).filter((p) => p.severity === 'error')
      if (errors.length > 0) rejected[number] = errors.map((p) => `${p.code}: ${p.message}`)
    }
    const expected = Object.fromEntries(Object.entries(KNOWN_REJECTIONS).map(([n, { codes }]) => [n, codes]))
    const actual = Object.fromEntries(
      Object.entries(rejected).map(([n, list]) => [n, list.map((l) => l.split(':')[0])]),
    )
    expect(actual, JSON.stringify(rejected, null, 2)).toEqual(expected)
  })

  it('include the forms the rules must accept: obfuscated emails, thread ids, post links, Pending, several versions', () => {
    const byNumber = new Map(peps.map((p) => [p.number, p.preamble]))
    expect(byNumber.get(779)?.Author).toContainEqual({ name: 'Matt Page', email: 'mpage at python.org' })
    expect(byNumber.get(779)?.['Discussions-To']).toBe('https://discuss.python.org/t/84319')
    expect(byNumber.get(750)?.['Post-History']).toContainEqual({
      date: '17-Oct-2024',
      url: 'https://discuss.python.org/t/60408/201',
    })
    expect(byNumber.get(838)?.['Post-History']).toEqual([{ date: 'Pending' }])
    expect(byNumber.get(476)?.['Python-Version']).toBe('2.7.9, 3.4.3, 3.5')
  })

  it('are all rejected when a trap is planted in them, so the corpus test is not vacuous', () => {
    for (const { preamble } of peps.filter((p) => p.number >= 700 && p.number < 800)) {
      const planted = { ...preamble, Author: [{ name: 'A. Person' }, ...(preamble.Author ?? [])] }
      expect(validatePreamble(planted, { today: TODAY }).map((p) => p.code)).toContain(
        'preamble.author.enumerated-list',
      )
    }
  })
})
