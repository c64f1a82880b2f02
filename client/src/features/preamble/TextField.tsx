import type { FieldProblem, HeaderName } from '@pepdraft/core'
import type { HTMLAttributes } from 'react'
import { fieldControlId } from './fieldIds.js'
import { FieldProblems, problemAttributes } from './FieldProblems.js'

interface TextFieldProps {
  name: HeaderName
  /** Whatever the map holds; anything but text shows as empty, with the validator's message. */
  value: unknown
  problems: readonly FieldProblem[]
  required: boolean
  disabled: boolean
  placeholder?: string
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
  wide?: boolean
  onChange: (value: string) => void
}

/** One header as a line of text, labelled with the header name, as it will appear in the file. */
export function TextField({ name, value, problems, required, disabled, placeholder, inputMode, wide, onChange }: TextFieldProps) {
  const id = fieldControlId(name)
  return (
    <div className={wide ? 'preamble-field preamble-field--wide' : 'preamble-field'}>
      <label htmlFor={id} className="preamble-field__label">
        {name}
        {required && <RequiredMark />}
      </label>
      <input
        id={id}
        type="text"
        value={typeof value === 'string' ? value : ''}
        disabled={disabled}
        placeholder={placeholder}
        inputMode={inputMode}
        spellCheck={name === 'Title'}
        autoComplete="off"
        aria-required={required || undefined}
        {...problemAttributes(name, problems)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldProblems name={name} problems={problems} />
    </div>
  )
}

/** Hidden from the accessible name, which must stay the bare header name; `aria-required` says it. */
export function RequiredMark() {
  return (
    <span className="preamble-field__required" aria-hidden="true" title="Required">
      {' *'}
    </span>
  )
}
