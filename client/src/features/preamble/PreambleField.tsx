import { type FieldProblem, type HeaderName, PEP_TYPES, type Preamble, REQUIRED_HEADERS, STATUSES } from '@pepdraft/core'
import type { HTMLAttributes } from 'react'
import { AuthorsField } from './AuthorsField.js'
import { ChoiceField } from './ChoiceField.js'
import { PostHistoryField } from './PostHistoryField.js'
import { TextField } from './TextField.js'
import { TopicField } from './TopicField.js'

interface TextFieldHint {
  placeholder: string
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
  wide?: boolean
}

/** The expected shape of each text header (PEP-RULES §1), shown while it is empty. */
const TEXT_HINTS: Partial<Record<HeaderName, TextFieldHint>> = {
  PEP: { placeholder: 'Number, e.g. 8105', inputMode: 'numeric' },
  Title: { placeholder: 'A short descriptive title', wide: true },
  Sponsor: { placeholder: 'Name <email>' },
  'PEP-Delegate': { placeholder: 'Name <email>' },
  'Discussions-To': { placeholder: 'Pending, or https://discuss.python.org/t/…', inputMode: 'url', wide: true },
  Requires: { placeholder: 'PEP numbers, e.g. 484, 526' },
  Created: { placeholder: 'DD-Mmm-YYYY' },
  'Python-Version': { placeholder: 'e.g. 3.15' },
  Replaces: { placeholder: 'PEP numbers' },
  'Superseded-By': { placeholder: 'PEP numbers' },
  Resolution: { placeholder: 'https://discuss.python.org/t/…', inputMode: 'url', wide: true },
}

interface PreambleFieldProps {
  name: HeaderName
  preamble: Preamble
  problems: readonly FieldProblem[]
  today: Date
  disabled: boolean
  write: <K extends HeaderName>(name: K, value: Preamble[K]) => void
}

/** The control for one header: lists for people and posts, choices for the fixed vocabularies, else text. */
export function PreambleField({ name, preamble, problems, today, disabled, write }: PreambleFieldProps) {
  const value: unknown = preamble[name]
  switch (name) {
    case 'Author':
      return <AuthorsField value={value} problems={problems} disabled={disabled} onChange={(people) => write('Author', people)} />
    case 'Post-History':
      return (
        <PostHistoryField value={value} problems={problems} today={today} disabled={disabled} onChange={(entries) => write('Post-History', entries)} />
      )
    case 'Status':
    case 'Type':
      return (
        <ChoiceField
          name={name}
          value={value}
          choices={name === 'Status' ? STATUSES : PEP_TYPES}
          problems={problems}
          disabled={disabled}
          onChange={(text) => write(name, text)}
        />
      )
    case 'Topic':
      return <TopicField value={value} problems={problems} disabled={disabled} onChange={(text) => write('Topic', text)} />
    default: {
      const hint = TEXT_HINTS[name]
      return (
        <TextField
          name={name}
          value={value}
          problems={problems}
          required={REQUIRED_HEADERS.includes(name)}
          disabled={disabled}
          placeholder={hint?.placeholder}
          inputMode={hint?.inputMode}
          wide={hint?.wide}
          onChange={(text) => write(name, text)}
        />
      )
    }
  }
}
