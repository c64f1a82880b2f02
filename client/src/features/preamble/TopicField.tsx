import { type FieldProblem, TOPICS } from '@pepdraft/core'
import { fieldControlId } from './fieldIds.js'
import { FieldProblems, problemAttributes } from './FieldProblems.js'

interface TopicFieldProps {
  value: unknown
  problems: readonly FieldProblem[]
  disabled: boolean
  onChange: (value: string) => void
}

/**
 * PEP-RULES §1 row 9: a subset of the topic indexes, written sorted and `, `-separated. Ticking a
 * box rewrites the header in that form, which also repairs a value typed elsewhere ("typing").
 */
export function TopicField({ value, problems, disabled, onChange }: TopicFieldProps) {
  const chosen = new Set(typeof value === 'string' ? value.split(',').map((t) => t.trim()) : [])
  const toggle = (topic: string, on: boolean) => {
    const next = TOPICS.filter((t) => (t === topic ? on : chosen.has(t)))
    onChange([...next].sort().join(', '))
  }
  return (
    <fieldset className="preamble-field preamble-field--choices" {...problemAttributes('Topic', problems)}>
      <legend className="preamble-field__label">Topic</legend>
      <div className="preamble-field__options">
        {TOPICS.map((topic, i) => (
          <label key={topic} className="preamble-field__option">
            <input
              id={i === 0 ? fieldControlId('Topic') : undefined}
              type="checkbox"
              checked={chosen.has(topic)}
              disabled={disabled}
              onChange={(event) => toggle(topic, event.target.checked)}
            />
            {topic}
          </label>
        ))}
      </div>
      <FieldProblems name="Topic" problems={problems} />
    </fieldset>
  )
}
