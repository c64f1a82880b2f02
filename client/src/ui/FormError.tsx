import type { ReactNode } from 'react'

/** A form's error, announced when it appears (role="alert"); nothing while there is none. */
export function FormError({ id, children }: { id?: string; children: ReactNode }) {
  if (children === undefined || children === null || children === false || children === '') return null
  return (
    <p id={id} role="alert" className="form-error">
      {children}
    </p>
  )
}
