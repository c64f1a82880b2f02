export type { Template, TemplateSection } from './template.js'
export { DEFAULT_TEMPLATE_ID, findTemplate, listTemplates } from './registry.js'
export { seedFromTemplate, seedUpdate, templateDocument, type SeedContent } from './seed.js'
export { sectionBlocks, sectionInsertionIndex } from './section-insertion.js'
