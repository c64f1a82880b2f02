import type { Role } from '../../lib/api.js'
import type { CollabSession } from '../../lib/collabSession.js'
import { useSessionState } from '../../lib/useSessionState.js'
import { connectionStatusText } from './connectionStatusText.js'
import './connection.css'

/** The one live region of the editor page: screen readers hear when the draft goes offline and back. */
export function ConnectionStatus({ session, role }: { session: CollabSession; role: Role }) {
  const state = useSessionState(session)
  return (
    <p role="status" aria-label="Connection" className={`connection connection--${state.phase}`}>
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text">{connectionStatusText(state, role)}</span>
    </p>
  )
}
