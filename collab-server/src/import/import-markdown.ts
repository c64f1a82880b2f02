import type { MarkdownImport } from '@pepdraft/core'
import { runImportWorker } from './import-worker.js'

export { ImportTimeoutError } from './import-worker.js'

/** Imports Markdown in a worker thread that is terminated after `timeoutMs` (see import-worker.ts). */
export function importMarkdown(markdown: string, templateId: string, timeoutMs: number): Promise<MarkdownImport> {
  return runImportWorker(new URL('./markdown-worker-entry.mjs', import.meta.url), { markdown, templateId }, timeoutMs, 'Markdown')
}
