import type { FieldProblem, HeaderName } from '@pepdraft/core'
import { problemAttributes } from './FieldProblems.js'

interface RowInputProps {
  id: string
  /** The header the row belongs to: its problems are listed once, below the rows. */
  header: HeaderName
  label: string
  placeholder: string
  inputMode?: 'email' | 'url'
  value: unknown
  disabled: boolean
  problems: readonly FieldProblem[]
  onChange: (text: string) => void
}

/** One text part of a list header's row (an author's name, a Post-History date…). */
export function RowInput({ id, header, label, placeholder, inputMode, value, disabled, problems, onChange }: RowInputProps) {
  return (
    <input
      id={id}
      type="text"
      inputMode={inputMode}
      aria-label={label}
      placeholder={placeholder}
      value={typeof value === 'string' ? value : ''}
      disabled={disabled}
      autoComplete="off"
      {...problemAttributes(header, problems)}
      onChange={(event) => onChange(event.target.value)}
    />
  )
}
