/**
 * A preamble value as canonical JSON (object keys sorted, undefined members dropped), so that
 * the value an import read and the value the preamble map holds now compare equal exactly when
 * nobody changed it, whatever order a Y.Map or a form wrote the keys in.
 */
export function writtenValue(value: unknown): string {
  return JSON.stringify(canonical(value)) ?? 'null'
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([key, member]) => [key, canonical(member)]))
  }
  return value
}
