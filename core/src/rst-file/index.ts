export { checkRstFile, type RstFileOptions } from './check-rst-file.js'
export { decodeRstBytes, type DecodedRstFile } from './decode.js'
export type { FileProblem } from './file-problem.js'
