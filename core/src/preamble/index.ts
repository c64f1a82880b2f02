export * from './fields.js'
export { formatPepDate, MONTHS } from './dates.js'
