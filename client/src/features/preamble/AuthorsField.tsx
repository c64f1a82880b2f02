import { type FieldProblem, type Person, validateField } from '@pepdraft/core'
import { fieldControlId, rowControlId } from './fieldIds.js'
import { FieldProblems } from './FieldProblems.js'
import { focusSoon, moveItem } from './rowFocus.js'
import { RequiredMark } from './TextField.js'
import { RowInput } from './RowInput.js'

interface AuthorsFieldProps {
  value: unknown
  problems: readonly FieldProblem[]
  disabled: boolean
  onChange: (people: Person[]) => void
}

const id = (index: number, part: string) => rowControlId('Author', index, part)

/** PEP-RULES §1 row 3: one row per author, `Name <email>` or `Name`, in the order they are credited. */
export function AuthorsField({ value, problems, disabled, onChange }: AuthorsFieldProps) {
  const people = Array.isArray(value) ? (value as Person[]) : []
  const edit = (index: number, part: 'name' | 'email', text: string) => {
    onChange(people.map((person, i) => (i === index ? withPart(person, part, text) : person)))
  }
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    onChange(moveItem(people, from, to))
    focusSoon(id(to, direction), id(to, direction === 'up' ? 'down' : 'up'))
  }
  const remove = (index: number) => {
    onChange(people.filter((_, i) => i !== index))
    focusSoon(id(index, 'remove'), id(index - 1, 'remove'), 'preamble-Author-add', fieldControlId('Author'))
  }
  const add = () => {
    onChange([...people, { name: '' }])
    // The first row's name input carries the field's id instead of its row id.
    focusSoon(id(people.length, 'name'), fieldControlId('Author'))
  }
  return (
    <fieldset className="preamble-field preamble-field--wide preamble-rows">
      <legend className="preamble-field__label">
        Author
        <RequiredMark />
      </legend>
      {people.length > 0 && (
        <ol className="preamble-rows__list">
          {people.map((person, i) => {
            // Only this row's own problems mark it invalid; the messages are listed once, below.
            const rowProblems = validateField('Author', [person]).length > 0 ? problems : []
            const n = i + 1
            return (
              <li key={i} className="preamble-rows__row">
                <RowInput
                  id={i === 0 ? fieldControlId('Author') : id(i, 'name')}
                  header="Author"
                  label={`Author ${n} name`}
                  placeholder="Name"
                  value={person?.name}
                  disabled={disabled}
                  problems={rowProblems}
                  onChange={(text) => edit(i, 'name', text)}
                />
                <RowInput
                  id={id(i, 'email')}
                  header="Author"
                  label={`Author ${n} email`}
                  placeholder="Email (optional)"
                  inputMode="email"
                  value={person?.email}
                  disabled={disabled}
                  problems={rowProblems}
                  onChange={(text) => edit(i, 'email', text)}
                />
                {!disabled && (
                  <span className="preamble-rows__actions">
                    <button type="button" id={id(i, 'up')} className="button button--quiet" aria-label={`Move author ${n} up`} title="Move up" disabled={i === 0} onClick={() => move(i, i - 1, 'up')}>
                      ↑
                    </button>
                    <button type="button" id={id(i, 'down')} className="button button--quiet" aria-label={`Move author ${n} down`} title="Move down" disabled={i === people.length - 1} onClick={() => move(i, i + 1, 'down')}>
                      ↓
                    </button>
                    <button type="button" id={id(i, 'remove')} className="button button--quiet" aria-label={`Remove author ${n}`} title="Remove" onClick={() => remove(i)}>
                      ✕
                    </button>
                  </span>
                )}
              </li>
            )
          })}
        </ol>
      )}
      {disabled && people.length === 0 && <p className="muted preamble-rows__none">No authors yet.</p>}
      {!disabled && (
        <button type="button" id={people.length === 0 ? fieldControlId('Author') : 'preamble-Author-add'} className="button preamble-rows__add" onClick={add}>
          Add author
        </button>
      )}
      <FieldProblems name="Author" problems={problems} />
    </fieldset>
  )
}

/** An empty email is left out rather than stored as '' (the header writes `Name`, not `Name <>`). */
function withPart(person: Person, part: 'name' | 'email', text: string): Person {
  const next: Person = { ...person, [part]: text }
  if (next.email === '') delete next.email
  return next
}
