export { importRst, type RstImport, type RstImportWarning } from './import-rst.js'
