const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "just now", "5 min ago", "3 h ago", then the date: review threads live for days, not years. */
export function commentTime(iso: string, now: Date, locale?: string): string {
  const at = new Date(iso)
  const age = now.getTime() - at.getTime()
  if (Number.isNaN(age)) return iso
  if (age < MINUTE) return 'just now'
  if (age < HOUR) return `${Math.floor(age / MINUTE)} min ago`
  if (age < DAY) return `${Math.floor(age / HOUR)} h ago`
  const sameYear = at.getFullYear() === now.getFullYear()
  return at.toLocaleDateString(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) })
}
