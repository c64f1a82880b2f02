import type { Preamble } from '../preamble/fields.js'

/** One section a template asks for. Guidance is help shown in the editor, never document content. */
export interface TemplateSection {
  title: string
  /** Other titles that count as this section ("Backward Compatibility"), matched case-insensitively. */
  aliases: string[]
  required: boolean
  guidance: string
  /** Paragraphs a new document starts with (only where the wording is fixed, as for Copyright). */
  body?: string[]
}

export interface Template {
  id: string
  name: string
  description: string
  preamble: Preamble
  sections: TemplateSection[]
}
