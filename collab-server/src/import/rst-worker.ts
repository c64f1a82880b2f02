import { parentPort, workerData } from 'node:worker_threads'
import { importRst } from '@pepdraft/core'

/** Runs one reStructuredText import off the server's event loop (see import/import-rst.ts). */
const { source } = workerData as { source: string }
parentPort!.postMessage(importRst(source))
