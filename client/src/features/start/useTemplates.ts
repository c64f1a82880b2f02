import { listTemplates as bundledTemplates } from '@pepdraft/core'
import { useEffect, useState } from 'react'
import { listTemplates, type TemplateSummary } from '../../lib/api.js'

// The server's list is authoritative; core's bundled copy lets the form work before it answers.
const BUNDLED: readonly TemplateSummary[] = bundledTemplates().map(({ id, name, description }) => ({ id, name, description }))

export function useTemplates(): readonly TemplateSummary[] {
  const [templates, setTemplates] = useState<readonly TemplateSummary[]>(BUNDLED)
  useEffect(() => {
    let cancelled = false
    void listTemplates().then((result) => {
      if (!cancelled && result.ok && result.value.length > 0) setTemplates(result.value)
    })
    return () => {
      cancelled = true
    }
  }, [])
  return templates
}
