import { fileURLToPath } from 'node:url'
import { DEFAULT_LIMITS } from './limits.js'
import { createServer } from './server.js'

/** The only place that reads the environment (DESIGN.md). */
const port = Number(process.env.PORT ?? 1234)
const host = process.env.HOST ?? '127.0.0.1'
const dataDir = process.env.DATA_DIR ?? './data'
const staticDir = fileURLToPath(new URL('../../client/dist', import.meta.url))

const server = createServer({ dataDir, staticDir, limits: DEFAULT_LIMITS })
const { url } = await server.listen(port, host)
console.log(`pepdraft is running at ${url} (data in ${dataDir})`)

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: flushing documents to disk…`)
    server.close().then(
      () => process.exit(0),
      (err) => {
        console.error(`shutdown failed: ${String(err)}`)
        process.exit(1)
      },
    )
  })
}
