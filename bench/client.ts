import { readFileSync } from 'node:fs'
import { type DocNode, writeContent } from '@pepdraft/core'
import type { Browser, Page } from 'playwright-core'
import * as Y from 'yjs'
import { contextAs, launchChromium } from '../tests/helpers/browser.js'
import { documentFromRst, largestPep, PEPS_DIR } from './pep-document.js'
import { waitFor } from './proc-stats.js'
import { type BenchServer, spawnOurs } from './servers.js'
import { percentile, summarize } from './stats.js'
import type { Row, Suite } from './suite.js'

const LOADS = { warmup: 1, runs: 5 }
const KEYSTROKES = 30
const EDITOR = '[aria-label="PEP text"][contenteditable="true"]'

/**
 * The built client in Chromium, served by our server, on a document seeded (by a Node client)
 * with the largest published PEP: navigation start → an editable editor holding the last
 * paragraph (fresh browser context each load, so no cache or IndexedDB), then keydown → the first
 * animation frame after the character is in the DOM.
 */
export const clientSuite: Suite = {
  name: 'client',
  async run() {
    const pep = largestPep()
    const { doc } = documentFromRst(readFileSync(new URL(pep.file, PEPS_DIR), 'utf8'))
    const server = await spawnOurs()
    const browser = await launchChromium()
    try {
      const room = await seed(server, doc)
      const url = `http://127.0.0.1:${server.port}/d/${room}#k=${server.tokens!.get(room)}`
      const marker = lastParagraphText(doc)
      const loads: number[] = []
      let page: Page | undefined
      for (let i = 0; i < LOADS.warmup + LOADS.runs; i++) {
        await page?.context().close()
        const opened = await openEditor(browser, url, marker)
        page = opened.page
        if (i >= LOADS.warmup) loads.push(opened.ms)
      }
      const keys = await keystrokes(page!)
      await page!.context().close()
      return [
        { suite: 'client', case: `open ${pep.file} until editable with its last paragraph`, ...summarize(loads), note: 'Chromium headless, fresh context per load' },
        { suite: 'client', case: `keystroke to paint in ${pep.file}`, ...summarize(keys), note: `keydown → next rAF after the DOM holds it; p99 ${percentile(keys, 99).toFixed(1)} ms` },
      ] satisfies Row[]
    } finally {
      await browser.close()
      await server.stop()
    }
  },
}

/** Replaces the template content of a new document with `doc`, through a Node y-websocket client. */
async function seed(server: BenchServer, doc: DocNode): Promise<string> {
  const room = await server.newRoom('client')
  const ydoc = new Y.Doc()
  const provider = server.connect(room, ydoc)
  try {
    if (!(await waitFor(() => provider.synced, 20_000))) throw new Error('client: seeding client did not sync')
    const fragment = ydoc.getXmlFragment('content')
    ydoc.transact(() => fragment.delete(0, fragment.length))
    writeContent(ydoc, doc)
    const check = new Y.Doc()
    const observer = server.connect(room, check)
    const relayed = await waitFor(() => check.getXmlFragment('content').length === fragment.length, 20_000)
    observer.destroy()
    if (!relayed) throw new Error('client: seeded content not relayed')
    return room
  } finally {
    provider.destroy()
  }
}

function lastParagraphText(doc: DocNode): string {
  const paragraph = [...(doc.content ?? [])].reverse().find((node) => node.type === 'paragraph')
  const text = (paragraph?.content ?? []).map((node) => node.text ?? '').join('')
  return text.slice(-40)
}

async function openEditor(browser: Browser, url: string, marker: string): Promise<{ page: Page; ms: number }> {
  const page = await (await contextAs(browser, 'Bench', '#1f77b4')).newPage()
  await page.goto(url)
  const handle = await page.waitForFunction(
    ([selector, text]) => (document.querySelector(selector!)?.textContent?.includes(text!) ? performance.now() : 0),
    [EDITOR, marker],
    { polling: 'raf', timeout: 60_000 },
  )
  return { page, ms: (await handle.jsonValue()) as number }
}

/** Types at the end of the last paragraph; the page times each keydown to the frame after the DOM changed. */
async function keystrokes(page: Page): Promise<number[]> {
  await page.locator(`${EDITOR} p`).last().click()
  await page.keyboard.press('End')
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  await page.evaluate(`(() => {
    const length = () => document.querySelector(${JSON.stringify(EDITOR)})?.textContent?.length ?? 0
    const samples = (window.benchKeys = [])
    document.addEventListener('keydown', () => {
      const start = performance.now()
      const before = length()
      const poll = () => (length() !== before ? requestAnimationFrame(() => samples.push(performance.now() - start)) : requestAnimationFrame(poll))
      queueMicrotask(poll)
    }, true)
  })()`)
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type('x')
    await page.waitForTimeout(60)
  }
  const done = await page
    .waitForFunction((n) => (window as unknown as { benchKeys: number[] }).benchKeys.length >= n, KEYSTROKES, { timeout: 10_000 })
    .then(() => true, () => false)
  if (!done) {
    const state = await page.evaluate(() => ({ n: (window as unknown as { benchKeys: number[] }).benchKeys.length, length: document.querySelector('[aria-label="PEP text"]')?.textContent?.length }))
    throw new Error(`client: keystrokes not seen (${JSON.stringify(state)})`)
  }
  return page.evaluate(() => (window as unknown as { benchKeys: number[] }).benchKeys)
}
