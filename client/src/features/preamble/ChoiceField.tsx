import type { FieldProblem, HeaderName } from '@pepdraft/core'
import { fieldControlId } from './fieldIds.js'
import { FieldProblems, problemAttributes } from './FieldProblems.js'
import { RequiredMark } from './TextField.js'

interface ChoiceFieldProps {
  name: HeaderName
  value: unknown
  choices: readonly string[]
  problems: readonly FieldProblem[]
  disabled: boolean
  onChange: (value: string) => void
}

/** Status and Type: case-sensitive choices (PEP-RULES §1 rows 7–8), so a list rather than free text. */
export function ChoiceField({ name, value, choices, problems, disabled, onChange }: ChoiceFieldProps) {
  const id = fieldControlId(name)
  const current = typeof value === 'string' ? value : ''
  // A value typed elsewhere ("draft" from an import) is shown as it is, with the validator's message.
  const foreign = current !== '' && !choices.includes(current)
  return (
    <div className="preamble-field">
      <label htmlFor={id} className="preamble-field__label">
        {name}
        <RequiredMark />
      </label>
      <select
        id={id}
        value={current}
        disabled={disabled}
        aria-required
        {...problemAttributes(name, problems)}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Choose…</option>
        {foreign && <option value={current}>{current}</option>}
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
      <FieldProblems name={name} problems={problems} />
    </div>
  )
}
