import Heading from '@tiptap/extension-heading'

/** PEP 12 uses three section levels, underlined with `=`, `-` and `'`. */
export const HEADING_LEVELS = [1, 2, 3] as const
export type HeadingLevel = (typeof HEADING_LEVELS)[number]

export const HeadingNode = Heading.configure({ levels: [...HEADING_LEVELS] })
