import { describe, expect, it } from 'vitest'
import { codes, messages } from './field-helpers.js'

describe('the Status header', () => {
  it('accepts the nine statuses', () => {
    for (const value of [
      'Draft',
      'Active',
      'Accepted',
      'Provisional',
      'Deferred',
      'Rejected',
      'Withdrawn',
      'Final',
      'Superseded',
    ]) {
      expect(codes('Status', value)).toEqual([])
    }
  })

  it('is case-sensitive and says how to write "draft"', () => {
    expect(codes('Status', 'draft')).toEqual(['preamble.status.invalid'])
    expect(messages('Status', 'draft')[0]).toContain('write “Draft”')
  })

  it('rejects statuses that do not exist', () => {
    expect(codes('Status', 'Approved')).toEqual(['preamble.status.invalid'])
  })

  it('allows Active only for Process and Informational PEPs', () => {
    expect(codes('Status', 'Active', { preamble: { Type: 'Process' } })).toEqual([])
    expect(codes('Status', 'Active', { preamble: { Type: 'Informational' } })).toEqual([])
    expect(codes('Status', 'Active', { preamble: { Type: 'Standards Track' } })).toEqual([
      'preamble.status.type-mismatch',
    ])
  })

  it('allows Provisional only for Standards Track PEPs', () => {
    expect(codes('Status', 'Provisional', { preamble: { Type: 'Standards Track' } })).toEqual([])
    expect(codes('Status', 'Provisional', { preamble: { Type: 'Informational' } })).toEqual([
      'preamble.status.type-mismatch',
    ])
  })
})

describe('the Type header', () => {
  it('accepts the three types', () => {
    for (const value of ['Standards Track', 'Informational', 'Process']) expect(codes('Type', value)).toEqual([])
  })

  it('is case-sensitive and suggests the right spelling', () => {
    expect(codes('Type', 'standards track')).toEqual(['preamble.type.invalid'])
    expect(messages('Type', 'Standards-Track')[0]).toContain('write “Standards Track”')
    expect(codes('Type', 'Feature')).toEqual(['preamble.type.invalid'])
  })
})

describe('the Topic header', () => {
  it('accepts sorted Title Case topics from the list', () => {
    expect(codes('Topic', 'Packaging')).toEqual([])
    expect(codes('Topic', 'Governance, Packaging')).toEqual([])
    expect(codes('Topic', 'Governance, Packaging, Release, Typing')).toEqual([])
  })

  it('rejects topics that are not sub-indexes', () => {
    expect(codes('Topic', 'Web')).toEqual(['preamble.topic.invalid'])
  })

  it('rejects topics that are not in Title Case', () => {
    expect(codes('Topic', 'typing')).toEqual(['preamble.topic.case'])
    expect(messages('Topic', 'typing')[0]).toContain('write “Typing”')
  })

  it('rejects unsorted topics and gives the sorted list', () => {
    expect(codes('Topic', 'Typing, Packaging')).toEqual(['preamble.topic.order'])
    expect(messages('Topic', 'Typing, Packaging')[0]).toContain('“Packaging, Typing”')
  })

  it('rejects duplicates and a comma without a space', () => {
    expect(codes('Topic', 'Packaging, Packaging')).toEqual(['preamble.topic.duplicate'])
    expect(codes('Topic', 'Packaging,Typing')).toEqual(['preamble.topic.separator'])
  })

  it('fails when present but empty', () => {
    expect(codes('Topic', '')).toEqual(['preamble.topic.empty'])
  })
})
