import { useId } from 'react'
import type { TemplateSummary } from '../../lib/api.js'

interface TemplateSelectProps {
  templates: readonly TemplateSummary[]
  value: string
  onChange(templateId: string): void
}

/** The template a new draft follows, whether it starts empty or from Markdown; its description below. */
export function TemplateSelect({ templates, value, onChange }: TemplateSelectProps) {
  const selectId = useId()
  const selected = templates.find((template) => template.id === value)
  return (
    <div className="template-select">
      <label htmlFor={selectId}>Template</label>
      <select id={selectId} value={value} onChange={(event) => onChange(event.target.value)}>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </select>
      {selected && <p className="template-select__help">{selected.description}</p>}
    </div>
  )
}
