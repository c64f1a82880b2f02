import { type HeaderName, validateField } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { codes, messages, TODAY } from './field-helpers.js'

function validateSeverity(name: HeaderName, value: unknown): string[] {
  return validateField(name, value, { today: TODAY }).map((p) => p.severity)
}

describe('the Discussions-To header', () => {
  it('accepts Pending, Discourse thread URLs and python.org mailing lists', () => {
    for (const value of [
      'Pending',
      'https://discuss.python.org/t/pep-744-jit-compilation/50756',
      'https://discuss.python.org/t/84319',
      'https://discuss.python.org/t/28457/',
      'python-dev@python.org',
      'python-tulip@googlegroups.com',
      'https://mail.python.org/archives/list/typing-sig@python.org/thread/MWRJOBEEEMFVXE7CAKO7B4P46IPM4AN3/',
    ]) {
      expect(codes('Discussions-To', value)).toEqual([])
    }
  })

  it('rejects a Discourse post URL and gives the thread URL instead', () => {
    expect(codes('Discussions-To', 'https://discuss.python.org/t/pep-744-jit-compilation/50756/12')).toEqual([
      'preamble.discussions-to.post-url',
    ])
    expect(messages('Discussions-To', 'https://discuss.python.org/t/pep-744-jit-compilation/50756/12')[0]).toContain(
      'write https://discuss.python.org/t/pep-744-jit-compilation/50756 ',
    )
    expect(codes('Discussions-To', 'https://discuss.python.org/t/50756/12')).toEqual([
      'preamble.discussions-to.post-url',
    ])
  })

  it('rejects a mailing-list message where the thread is wanted', () => {
    const message = 'https://mail.python.org/archives/list/python-dev@python.org/message/ABC123/'
    expect(codes('Discussions-To', message)).toEqual(['preamble.discussions-to.post-url'])
  })

  it('rejects other URLs, plain http, mailto, lower-case pending and non-python.org lists', () => {
    expect(codes('Discussions-To', 'https://github.com/python/cpython/issues/1')).toEqual([
      'preamble.discussions-to.format',
    ])
    expect(messages('Discussions-To', 'http://discuss.python.org/t/84319')[0]).toContain('Use https://')
    expect(messages('Discussions-To', 'mailto:python-dev@python.org')[0]).toContain('without “mailto:”')
    expect(codes('Discussions-To', 'pending')).toEqual(['preamble.discussions-to.format'])
    expect(codes('Discussions-To', 'someone@example.com')).toEqual(['preamble.discussions-to.format'])
    expect(codes('Discussions-To', 'https://discuss.python.org/t/12345-67/89')).toEqual([
      'preamble.discussions-to.format',
    ])
  })

  it('fails when empty and warns when absent, since PEP 1 asks for it', () => {
    expect(codes('Discussions-To', '')).toEqual(['preamble.discussions-to.empty'])
    expect(validateSeverity('Discussions-To', undefined)).toEqual(['warning'])
  })
})

describe('the Post-History header', () => {
  it('accepts no entries, Pending alone, and dated thread or post links', () => {
    expect(codes('Post-History', [])).toEqual([])
    expect(codes('Post-History', [{ date: 'Pending' }])).toEqual([])
    expect(
      codes('Post-History', [
        { date: '09-Aug-2024', url: 'https://discuss.python.org/t/60408' },
        { date: '17-Oct-2024', url: 'https://discuss.python.org/t/60408/201' },
        { date: '28-Oct-2022', url: 'https://discuss.python.org/t/pep-684-a-per-interpreter-gil/19583/19/' },
        {
          date: '11-Jan-2021',
          url: 'https://mail.python.org/archives/list/python-dev@python.org/thread/5QMMCRF4HTRRNJV56CGHVI5GRHVBDGQO/',
        },
        { date: '05-Feb-2015', url: 'https://mail.python.org/pipermail/python-dev/2015-February/138277.html' },
      ]),
    ).toEqual([])
  })

  it('checks each entry date like Created, naming the entry', () => {
    expect(codes('Post-History', [{ date: '5-Aug-2024', url: 'https://discuss.python.org/t/1' }])).toEqual([
      'preamble.post-history.date-format',
    ])
    expect(
      messages('Post-History', [
        { date: '09-Aug-2024', url: 'https://discuss.python.org/t/1' },
        { date: '03-Sept-2024', url: 'https://discuss.python.org/t/2' },
      ])[0],
    ).toContain('Post-History entry 2')
    expect(codes('Post-History', [{ date: '01-Jan-2027', url: 'https://discuss.python.org/t/1' }])).toEqual([
      'preamble.post-history.date-future',
    ])
  })

  it('rejects a link that is not a discussion thread or post', () => {
    expect(codes('Post-History', [{ date: '09-Aug-2024', url: 'https://example.com/blog' }])).toEqual([
      'preamble.post-history.url',
    ])
  })

  it('warns about an entry without a link, which python/peps tolerates for old PEPs', () => {
    expect(validateSeverity('Post-History', [{ date: '09-Aug-2024' }])).toEqual(['warning'])
    expect(codes('Post-History', [{ date: '09-Aug-2024' }])).toEqual(['preamble.post-history.url-missing'])
  })

  it('rejects Pending next to real entries', () => {
    expect(
      codes('Post-History', [{ date: 'Pending' }, { date: '09-Aug-2024', url: 'https://discuss.python.org/t/1' }]),
    ).toEqual(['preamble.post-history.pending'])
  })
})

describe('the Resolution header', () => {
  it('accepts a dated anonymous link or a bare URL to the decision', () => {
    expect(codes('Resolution', '`16-Jun-2025 <https://discuss.python.org/t/84319/123>`__')).toEqual([])
    expect(codes('Resolution', 'https://discuss.python.org/t/pep-695-type-parameter-syntax/21646/92')).toEqual([])
    expect(
      codes(
        'Resolution',
        'https://mail.python.org/archives/list/python-dev@python.org/message/SQC2FTLFV5A7DV7RCEAR2I2IKJKGK7W3/',
      ),
    ).toEqual([])
  })

  it('rejects a named link (one underscore) and says to use two', () => {
    expect(codes('Resolution', '`16-Jun-2025 <https://discuss.python.org/t/84319/123>`_')).toEqual([
      'preamble.resolution.format',
    ])
    expect(messages('Resolution', '`16-Jun-2025 <https://discuss.python.org/t/84319/123>`_')[0]).toContain(
      'two underscores',
    )
  })

  it('checks the date of a dated link', () => {
    expect(codes('Resolution', '`16-June-2025 <https://discuss.python.org/t/84319/123>`__')).toEqual([
      'preamble.resolution.date-format',
    ])
  })

  it('rejects URLs that do not point at a discussion', () => {
    expect(codes('Resolution', 'https://github.com/python/steering-council/issues/1')).toEqual([
      'preamble.resolution.url',
    ])
    expect(codes('Resolution', 'Accepted by the SC')).toEqual(['preamble.resolution.url'])
  })

  it('fails when present but empty', () => {
    expect(codes('Resolution', '')).toEqual(['preamble.resolution.empty'])
  })
})
