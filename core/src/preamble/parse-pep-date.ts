import { formatPepDate, MONTHS } from './dates.js'

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

export type ParsedPepDate = { ok: true; date: Date } | { ok: false; reason: string; suggestion?: string }

/**
 * Reads a PEP date, `DD-Mmm-YYYY` (PEP-RULES §1 row 11: `05-Aug-2002`, zero-padded day, English
 * three-letter month, as check-peps' `strptime("%d-%b-%Y")` plus its zero-padding rule). When the
 * text is a near miss (`3-Aug-2002`, `03-Sept-2001`, `2002-08-05`) the failure carries the fix.
 */
export function parsePepDate(text: string): ParsedPepDate {
  const dmy = /^(\d{1,2})-([A-Za-z]+)-(\d{4})$/.exec(text)
  if (dmy) return fromParts(Number(dmy[1]), monthIndex(dmy[2]!), Number(dmy[3]), dmy[1]!, dmy[2]!)
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  if (iso) {
    const date = validDate(Number(iso[3]), Number(iso[2]) - 1, Number(iso[1]))
    if (date)
      return { ok: false, reason: 'must be written day-month-year (DD-Mmm-YYYY)', suggestion: formatPepDate(date) }
  }
  return { ok: false, reason: 'must be a date written DD-Mmm-YYYY, like 05-Aug-2002' }
}

function fromParts(day: number, month: number, year: number, dayText: string, monthText: string): ParsedPepDate {
  if (month < 0) {
    return {
      ok: false,
      reason: `has ${quoteMonth(monthText)}, which is not an English month: use Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov or Dec`,
    }
  }
  const date = validDate(day, month, year)
  if (!date) return { ok: false, reason: `is not a real date (${MONTHS[month]} ${year} has no day ${day})` }
  const suggestion = formatPepDate(date)
  if (dayText.length !== 2) return { ok: false, reason: 'must have a two-digit day (DD-Mmm-YYYY)', suggestion }
  if (monthText.length !== 3)
    return { ok: false, reason: 'must use the three-letter English month (DD-Mmm-YYYY)', suggestion }
  if (monthText !== MONTHS[month])
    return { ok: false, reason: 'must write the month as Mmm, capital first letter (DD-Mmm-YYYY)', suggestion }
  return { ok: true, date }
}

/** The month a word names: its three-letter abbreviation or a longer prefix of the full name ("Sept"). */
function monthIndex(word: string): number {
  const lower = word.toLowerCase()
  if (lower.length < 3) return -1
  return MONTH_NAMES.findIndex((name) => name.startsWith(lower))
}

function validDate(day: number, month: number, year: number): Date | undefined {
  if (month < 0 || month > 11 || day < 1) return undefined
  const date = new Date(Date.UTC(year, month, day))
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : undefined
}

function quoteMonth(word: string): string {
  return `“${word}”`
}
