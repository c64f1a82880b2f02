import type { RstImport } from '@pepdraft/core'
import { runImportWorker } from './import-worker.js'

/** Imports a PEP's reStructuredText in a worker thread that is terminated after `timeoutMs` (see import-worker.ts). */
export function importRstInWorker(source: string, timeoutMs: number): Promise<RstImport> {
  return runImportWorker(new URL('./rst-worker-entry.mjs', import.meta.url), { source }, timeoutMs, 'reStructuredText')
}
