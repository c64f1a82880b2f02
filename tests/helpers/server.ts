import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Limits, type PepdraftServer, createServer } from '@pepdraft/collab-server'

export interface TestServer {
  server: PepdraftServer
  url: string
  port: number
  dataDir: string
  logs: string[]
  /** Closes (flushing to disk) and starts a new server on the same data directory. */
  restart(): Promise<TestServer>
  stop(): Promise<void>
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'pepdraft-test-'))
}

/** A real server on port 0 with real LevelDB in a temporary directory; `staticDir` serves the built client. */
export async function startServer(limits: Partial<Limits> = {}, dataDir = tempDataDir(), staticDir?: string): Promise<TestServer> {
  const logs: string[] = []
  const server = createServer({ dataDir, limits, log: (line) => logs.push(line), ...(staticDir ? { staticDir } : {}) })
  const { url, port } = await server.listen(0)
  const test: TestServer = {
    server,
    url,
    port,
    dataDir,
    logs,
    async restart() {
      await server.close()
      return startServer(limits, dataDir, staticDir)
    },
    async stop() {
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return test
}

export interface CreatedDocument {
  id: string
  tokens: { edit: string; review: string; view: string }
  urls: { edit: string; review: string; view: string }
}

export async function createDocument(url: string, template = 'standards-track'): Promise<CreatedDocument> {
  const res = await fetch(`${url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template }),
  })
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as CreatedDocument
}
