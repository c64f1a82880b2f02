import { type FieldContext, type HeaderName, validateField } from '@pepdraft/core'

export const TODAY = new Date(Date.UTC(2026, 10, 22))

/** The problem codes `validateField` reports for one value, today being {@link TODAY}. */
export function codes(name: HeaderName, value: unknown, context: FieldContext = { today: TODAY }): string[] {
  return validateField(name, value, context).map((p) => p.code)
}

/** The messages, for asserting that a message names the fix. */
export function messages(name: HeaderName, value: unknown, context: FieldContext = { today: TODAY }): string[] {
  return validateField(name, value, context).map((p) => p.message)
}
