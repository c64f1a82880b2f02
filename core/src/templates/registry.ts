import informational from '../../../templates/informational.json' with { type: 'json' }
import process from '../../../templates/process.json' with { type: 'json' }
import standardsTrack from '../../../templates/standards-track.json' with { type: 'json' }
import type { Template } from './template.js'

/** Templates are data in `templates/*.json`; bundled here so core needs no file system. */
const TEMPLATES: readonly Template[] = [standardsTrack, informational, process] as Template[]

export const DEFAULT_TEMPLATE_ID = 'standards-track'

export function listTemplates(): readonly Template[] {
  return TEMPLATES
}

/** The template with this id, or `undefined` (an unknown id is an expected failure at the API edge). */
export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id)
}
