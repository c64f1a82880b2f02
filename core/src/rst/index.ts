export { toRst, type RstResult } from './to-rst.js'
export { RST_WARNING_CODES, type RstWarning, type RstWarningCode } from './warnings.js'
