import { Worker } from 'node:worker_threads'

export class ImportTimeoutError extends Error {
  override name = 'ImportTimeoutError'
}

/**
 * Runs one import in a worker thread that is terminated after `timeoutMs`. Parsers can be
 * superlinear on hostile input (micromark on thousands of nested markers; any hand-written RST
 * parser on pathological indentation): parsed on the main thread, one such request would stall
 * every other client of the server. `what` names the import in the timeout message.
 */
export function runImportWorker<T>(entry: URL, workerData: unknown, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 16 },
    })
    const timer = setTimeout(() => {
      void worker.terminate()
      reject(new ImportTimeoutError(`the ${what} import took longer than ${timeoutMs} ms`))
    }, timeoutMs)
    worker.once('message', (result: T) => {
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
