import { type FieldProblem, formatPepDate, type PostHistoryEntry, validateField } from '@pepdraft/core'
import { fieldControlId, rowControlId } from './fieldIds.js'
import { FieldProblems } from './FieldProblems.js'
import { RowInput } from './RowInput.js'
import { focusSoon } from './rowFocus.js'

interface PostHistoryFieldProps {
  value: unknown
  problems: readonly FieldProblem[]
  today: Date
  disabled: boolean
  onChange: (entries: PostHistoryEntry[]) => void
}

const id = (index: number, part: string) => rowControlId('Post-History', index, part)

/**
 * PEP-RULES §1 row 13: one row per time the PEP was posted, the date and the thread. An empty list
 * is allowed (nothing posted yet); so is a single row dated `Pending`.
 */
export function PostHistoryField({ value, problems, today, disabled, onChange }: PostHistoryFieldProps) {
  const entries = Array.isArray(value) ? (value as PostHistoryEntry[]) : []
  const edit = (index: number, part: 'date' | 'url', text: string) => {
    onChange(entries.map((entry, i) => (i === index ? withPart(entry, part, text) : entry)))
  }
  const remove = (index: number) => {
    onChange(entries.filter((_, i) => i !== index))
    focusSoon(id(index, 'remove'), id(index - 1, 'remove'), 'preamble-Post-History-add', fieldControlId('Post-History'))
  }
  const add = () => {
    // A new entry is usually a post made today.
    onChange([...entries, { date: formatPepDate(today) }])
    focusSoon(id(entries.length, 'url'))
  }
  return (
    <fieldset className="preamble-field preamble-field--wide preamble-rows">
      <legend className="preamble-field__label">Post-History</legend>
      {entries.length > 0 && (
        <ol className="preamble-rows__list">
          {entries.map((entry, i) => {
            const rowProblems = validateField('Post-History', [entry], { today }).length > 0 ? problems : []
            const n = i + 1
            return (
              <li key={i} className="preamble-rows__row preamble-rows__row--dated">
                <RowInput
                  id={i === 0 ? fieldControlId('Post-History') : id(i, 'date')}
                  header="Post-History"
                  label={`Post-History ${n} date`}
                  placeholder="DD-Mmm-YYYY"
                  value={entry?.date}
                  disabled={disabled}
                  problems={rowProblems}
                  onChange={(text) => edit(i, 'date', text)}
                />
                <RowInput
                  id={id(i, 'url')}
                  header="Post-History"
                  label={`Post-History ${n} URL`}
                  placeholder="https://discuss.python.org/t/…"
                  inputMode="url"
                  value={entry?.url}
                  disabled={disabled}
                  problems={rowProblems}
                  onChange={(text) => edit(i, 'url', text)}
                />
                {!disabled && (
                  <span className="preamble-rows__actions">
                    <button type="button" id={id(i, 'remove')} className="button button--quiet" aria-label={`Remove Post-History entry ${n}`} title="Remove" onClick={() => remove(i)}>
                      ✕
                    </button>
                  </span>
                )}
              </li>
            )
          })}
        </ol>
      )}
      {entries.length === 0 && <p className="muted preamble-rows__none">Not posted for discussion yet.</p>}
      {!disabled && (
        <button type="button" id={entries.length === 0 ? fieldControlId('Post-History') : 'preamble-Post-History-add'} className="button preamble-rows__add" onClick={add}>
          Add Post-History entry
        </button>
      )}
      <FieldProblems name="Post-History" problems={problems} />
    </fieldset>
  )
}

/** An empty URL is left out: the entry then reads as a bare date, which the validator warns about. */
function withPart(entry: PostHistoryEntry, part: 'date' | 'url', text: string): PostHistoryEntry {
  const next: PostHistoryEntry = { ...entry, [part]: text }
  if (next.url === '') delete next.url
  return next
}
