export * from './schema/index.js'
export * from './preamble/index.js'
export * from './document/index.js'
export * from './templates/index.js'
