import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findDirectLinks } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { PEPS_DIR, listPepFiles } from '../preamble/read-pep-headers.js'

/** check-peps' SKIP_DIRECT_PEP_LINK_CHECK: the PEPs allowed to link to PEPs directly (they discuss the URLs themselves). */
const ALLOWED = ['pep-0009.rst', 'pep-0287.rst', 'pep-0676.rst', 'pep-0684.rst', 'pep-8001.rst']

describe.skipIf(!existsSync(PEPS_DIR))('the direct-link rule on the published PEPs', () => {
  it('finds direct PEP or RFC links in exactly the PEPs python/peps exempts from its check', () => {
    const withLinks = listPepFiles().filter((file) =>
      readFileSync(join(PEPS_DIR, file), 'utf-8')
        .split('\n')
        .some((line) => findDirectLinks(line).length > 0),
    )
    expect(withLinks).toEqual(ALLOWED)
  })
})
