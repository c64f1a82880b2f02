import type { ThreadFilter } from './threadOrder.js'

const CHOICES: { value: ThreadFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
]

interface ThreadFilterControlProps {
  value: ThreadFilter
  counts: Record<ThreadFilter, number>
  onChange: (value: ThreadFilter) => void
}

export function ThreadFilterControl({ value, counts, onChange }: ThreadFilterControlProps) {
  return (
    <div role="radiogroup" aria-label="Show" className="review-filter">
      {CHOICES.map((choice) => (
        <label key={choice.value} className="review-filter__choice">
          <input type="radio" name="review-filter" value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          {choice.label}
          <span className="review-filter__count" aria-hidden="true">
            {counts[choice.value]}
          </span>
        </label>
      ))}
    </div>
  )
}
