import type { Role } from '../../lib/api.js'
import type { SessionState } from '../../lib/collabSession.js'
import { canEditContent } from '../../lib/roles.js'

export function connectionStatusText(state: Pick<SessionState, 'phase' | 'unsyncedChanges' | 'closedReason'>, role: Role): string {
  if (state.phase === 'closed') return `Disconnected — ${state.closedReason ?? 'the server ended the connection'}`
  if (!canEditContent(role)) {
    const readOnly = `Read-only (${role} link)`
    if (state.phase === 'offline') return `${readOnly} — Offline`
    if (state.phase === 'connecting') return `${readOnly} — Connecting…`
    return readOnly
  }
  switch (state.phase) {
    case 'connecting':
      return 'Connecting…'
    case 'live':
      return 'Live'
    case 'offline': {
      const n = state.unsyncedChanges
      return n > 0 ? `Offline — ${n} unsynced change${n === 1 ? '' : 's'}` : 'Offline — changes saved locally'
    }
  }
}
