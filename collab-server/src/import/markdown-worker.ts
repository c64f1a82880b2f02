import { parentPort, workerData } from 'node:worker_threads'
import { findTemplate, fromMarkdown } from '@pepdraft/core'

/** Runs one Markdown import off the server's event loop (see import/import-markdown.ts). */
const { markdown, templateId } = workerData as { markdown: string; templateId: string }
const template = findTemplate(templateId)
if (!template) throw new Error(`unknown template ${templateId}`)
parentPort!.postMessage(fromMarkdown(markdown, { template }))
