import { Worker } from 'node:worker_threads'
import type { MarkdownImport } from '@pepdraft/core'

export class ImportTimeoutError extends Error {
  override name = 'ImportTimeoutError'
}

/**
 * Imports Markdown in a worker thread that is terminated after `timeoutMs`. micromark slows down
 * sharply on some hostile inputs (thousands of nested markers, long runs of `*a *a`): parsed on
 * the main thread, one such request would stall every other client of the server.
 */
export function importMarkdown(markdown: string, templateId: string, timeoutMs: number): Promise<MarkdownImport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./markdown-worker-entry.mjs', import.meta.url), {
      workerData: { markdown, templateId },
      resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 16 },
    })
    const timer = setTimeout(() => {
      void worker.terminate()
      reject(new ImportTimeoutError(`the Markdown import took longer than ${timeoutMs} ms`))
    }, timeoutMs)
    worker.once('message', (result: MarkdownImport) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(result)
    })
    worker.once('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
  })
}
