import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { pepExtensions } from './extensions.js'

let cached: Schema | undefined

/** The ProseMirror schema built from {@link pepExtensions}; built once, it is immutable. */
export function pepSchema(): Schema {
  cached ??= getSchema(pepExtensions)
  return cached
}
