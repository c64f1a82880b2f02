export * from './json.js'
export { readContent, readPreamble, readTemplateId, writeContent, writePreamble } from './ydoc.js'
