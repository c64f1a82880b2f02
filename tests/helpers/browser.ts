import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { CHROMIUM_PATH } from './chromium.js'
import { type TestServer, startServer, tempDataDir } from './server.js'

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url))

/** Debian's Chromium, headless, without the background traffic this closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** A browser context whose user has already chosen a name and colour (kept in localStorage). */
export async function contextAs(browser: Browser, name: string, color: string): Promise<BrowserContext> {
  const context = await browser.newContext()
  await context.addInitScript(
    ([n, c]) => {
      if (!localStorage.getItem('pepdraft:identity')) {
        localStorage.setItem('pepdraft:identity', JSON.stringify({ name: n, color: c }))
      }
    },
    [name, color],
  )
  return context
}

export interface BrowserTestEnv {
  server: TestServer
  browser: Browser
}

/** For one test file: a real server serving the built client, and Chromium; both closed after it. */
export function useServerAndBrowser(): BrowserTestEnv {
  const env = {} as BrowserTestEnv
  beforeAll(async () => {
    env.server = await startServer({}, tempDataDir(), CLIENT_DIST)
    env.browser = await launchChromium()
  })
  afterAll(async () => {
    await env.browser?.close()
    await env.server?.stop()
  })
  return env
}
