import type { Role } from '../../lib/api.js'
import { CopyButton } from '../../ui/CopyButton.js'
import './share-links.css'

const LINKS: ReadonlyArray<{ role: Role; title: string; help: string }> = [
  { role: 'edit', title: 'Link for editors', help: 'Can change the text and the preamble. Give it to co-authors only.' },
  { role: 'review', title: 'Link for reviewers', help: 'Can read the draft and comment on it.' },
  { role: 'view', title: 'Link for viewers', help: 'Can only read the draft.' },
]

/** The three capability links of a draft; anyone holding one has that role, so say what each grants. */
export function ShareLinks({ urls }: { urls: Record<Role, string> }) {
  return (
    <ul className="share-links">
      {LINKS.map(({ role, title, help }) => {
        const inputId = `share-link-${role}`
        return (
          <li key={role} className="share-links__row">
            <label htmlFor={inputId} className="share-links__title">
              {title}
            </label>
            <span className="share-links__help">{help}</span>
            <span className="share-links__field">
              <input
                id={inputId}
                type="text"
                readOnly
                value={urls[role]}
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton text={urls[role]} label={`Copy ${title.charAt(0).toLowerCase()}${title.slice(1)}`} />
            </span>
          </li>
        )
      })}
    </ul>
  )
}
