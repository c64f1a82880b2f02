import { describe, expect, it } from 'vitest'
import { connectionStatusText } from '../../client/src/features/connection/connectionStatusText.js'

describe('connectionStatusText', () => {
  it('tells an editor whether the draft is live, connecting or offline', () => {
    expect(connectionStatusText({ phase: 'connecting', unsyncedChanges: 0 }, 'edit')).toBe('Connecting…')
    expect(connectionStatusText({ phase: 'live', unsyncedChanges: 0 }, 'edit')).toBe('Live')
    expect(connectionStatusText({ phase: 'offline', unsyncedChanges: 0 }, 'edit')).toBe('Offline — changes saved locally')
    expect(connectionStatusText({ phase: 'offline', unsyncedChanges: 1 }, 'edit')).toBe('Offline — 1 unsynced change')
    expect(connectionStatusText({ phase: 'offline', unsyncedChanges: 7 }, 'edit')).toBe('Offline — 7 unsynced changes')
  })

  it('tells reviewers and viewers they are read-only, naming their link', () => {
    expect(connectionStatusText({ phase: 'live', unsyncedChanges: 0 }, 'review')).toBe('Read-only (review link)')
    expect(connectionStatusText({ phase: 'live', unsyncedChanges: 0 }, 'view')).toBe('Read-only (view link)')
    expect(connectionStatusText({ phase: 'offline', unsyncedChanges: 0 }, 'view')).toBe('Read-only (view link) — Offline')
  })

  it('gives the reason when the server ended the connection for good', () => {
    expect(connectionStatusText({ phase: 'closed', unsyncedChanges: 0, closedReason: 'access revoked' }, 'edit')).toBe(
      'Disconnected — access revoked',
    )
  })
})
