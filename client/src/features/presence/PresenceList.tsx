import type { Awareness } from 'y-protocols/awareness'
import { usePresence } from './usePresence.js'
import './presence.css'

export function PresenceList({ awareness }: { awareness: Awareness }) {
  const people = usePresence(awareness)
  return (
    <ul aria-label="People here" className="presence">
      {people.map((person) => (
        <li key={person.clientId} className="presence__person" title={person.isSelf ? `${person.name} (you)` : person.name}>
          <span className="presence__swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
          <span className="presence__name">
            {person.name}
            {person.isSelf && <span className="presence__you"> (you)</span>}
          </span>
        </li>
      ))}
    </ul>
  )
}
