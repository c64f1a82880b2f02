import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { connectSynced, eventually } from '../helpers/clients.js'
import { contextAs, useServerAndBrowser } from '../helpers/browser.js'
import { clickIntoSection } from '../helpers/editor-caret.js'
import { networkSwitch } from '../helpers/network-switch.js'
import { createDocument } from '../helpers/server.js'

const env = useServerAndBrowser()

const editor = (page: Page) => page.getByRole('textbox', { name: 'PEP text' })
const status = (page: Page) => page.getByRole('status', { name: 'Connection' })
/** The document text as shown, without the other users' caret widgets (their labels are text too). */
const textOf = (page: Page, selector = '[aria-label="PEP text"]') =>
  page.evaluate((sel) => {
    const clone = document.querySelector(sel)?.cloneNode(true) as HTMLElement | undefined
    clone?.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
    return clone?.textContent ?? ''
  }, selector)
const editorText = (page: Page) => textOf(page)

async function openAs(url: string, name: string, color: string, ready = 'Live'): Promise<Page> {
  const context = await contextAs(env.browser, name, color)
  const page = await context.newPage()
  await page.goto(url)
  await expect.poll(() => status(page).innerText(), { timeout: 15_000 }).toContain(ready)
  return page
}

describe('two authors on one edit link', () => {
  it('type concurrently into the same paragraph and converge, seeing each other’s caret and name', async () => {
    const doc = await createDocument(env.server.url)
    const ada = await openAs(doc.urls.edit, 'Ada Lovelace', '#1f77b4')
    const grace = await openAs(doc.urls.edit, 'Grace Hopper', '#d62728')
    await clickIntoSection(ada, 'Abstract')
    await clickIntoSection(grace, 'Abstract')
    const fromAda = 'Ada writes about the JIT. '
    const fromGrace = 'Grace measures it. '
    await Promise.all([ada.keyboard.type(fromAda, { delay: 15 }), grace.keyboard.type(fromGrace, { delay: 15 })])

    const abstract = (page: Page) => textOf(page, '[aria-label="PEP text"] h1 + p')
    await expect.poll(async () => (await abstract(ada)).length, { timeout: 10_000 }).toBe(fromAda.length + fromGrace.length)
    await expect.poll(() => abstract(grace), { timeout: 10_000 }).toBe(await abstract(ada))
    expect(await editorText(grace)).toBe(await editorText(ada))

    await expect.poll(() => ada.locator('.collaboration-carets__label').allInnerTexts()).toContain('Grace Hopper')
    await expect.poll(() => grace.locator('.collaboration-carets__label').allInnerTexts()).toContain('Ada Lovelace')
    await expect.poll(() => ada.getByRole('list', { name: 'People here' }).innerText()).toMatch(/Ada Lovelace \(you\)\s+Grace Hopper|Grace Hopper\s+Ada Lovelace \(you\)/)
    await expect.poll(() => grace.getByRole('list', { name: 'People here' }).innerText()).toMatch(/Grace Hopper \(you\)/)
    expect(await grace.getByRole('list', { name: 'People here' }).innerText()).toContain('Ada Lovelace')
    await ada.context().close()
    await grace.context().close()
  })
})

describe('an author who loses the network', () => {
  it('keeps editing offline, sees the unsynced count, and converges with the others on reconnect', async () => {
    const doc = await createDocument(env.server.url)
    const network = await networkSwitch(env.server.port)
    try {
      const viaSwitch = doc.urls.edit.replace(`:${env.server.port}/`, `:${network.port}/`)
      const away = await openAs(viaSwitch, 'Away Author', '#2ca02c')
      const home = await openAs(doc.urls.edit, 'Home Author', '#9467bd')

      network.goOffline()
      await expect.poll(() => status(away).innerText(), { timeout: 10_000 }).toContain('Offline')
      await clickIntoSection(away, 'Motivation')
      await away.keyboard.type('Written on a train.')
      await clickIntoSection(home, 'Abstract')
      await home.keyboard.type('Written at home.')
      await expect.poll(() => status(away).innerText()).toMatch(/Offline — \d+ unsynced change/)
      expect(await editorText(home)).not.toContain('Written on a train.')

      network.goOnline()
      await expect.poll(() => status(away).innerText(), { timeout: 15_000 }).toContain('Live')
      for (const page of [away, home]) {
        await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('Written on a train.')
        await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('Written at home.')
      }
      expect(await editorText(away)).toBe(await editorText(home))
      await away.context().close()
      await home.context().close()
    } finally {
      await network.close()
    }
  })
})

describe('opening a stored draft', () => {
  it('shows the stored content in the very first editor paint, with the template exactly once', async () => {
    const doc = await createDocument(env.server.url)
    const writer = await connectSynced(env.server.port, doc.id, doc.tokens.edit)
    const author = await openAs(doc.urls.edit, 'Writer', '#8c564b')
    await clickIntoSection(author, 'Abstract')
    await author.keyboard.type('Stored before the reader came.')
    await eventually(() => JSON.stringify(writer.doc.getXmlFragment('content').toJSON()).includes('Stored before'), 'the server to relay')
    writer.destroy()
    await author.context().close()

    const context = await contextAs(env.browser, 'Reader', '#17becf')
    // Record the editor's text at every DOM change from the moment it exists.
    await context.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __editorPaints: string[] }).__editorPaints = seen
      new MutationObserver(() => {
        const el = document.querySelector('[aria-label="PEP text"]')
        if (el && seen[seen.length - 1] !== el.textContent) seen.push(el.textContent ?? '')
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    const reader = await context.newPage()
    await reader.goto(doc.urls.view)
    await expect.poll(() => editorText(reader), { timeout: 15_000 }).toContain('Stored before the reader came.')
    const paints = await reader.evaluate(() => (window as unknown as { __editorPaints: string[] }).__editorPaints)
    expect(paints[0]).toContain('Stored before the reader came.')
    expect(await editor(reader).locator('h1', { hasText: /^Abstract$/ }).count()).toBe(1)
    await reader.reload()
    await expect.poll(() => editorText(reader), { timeout: 15_000 }).toContain('Stored before the reader came.')
    expect(await editor(reader).locator('h1', { hasText: /^Abstract$/ }).count()).toBe(1)
    await context.close()
  })
})

describe('review and view links', () => {
  it('open the same page read-only: no toolbar, typing changes nothing, anywhere', async () => {
    const doc = await createDocument(env.server.url)
    for (const role of ['review', 'view'] as const) {
      const page = await openAs(doc.urls[role], `A ${role}er`, '#7f7f7f', `Read-only (${role} link)`)
      await expect.poll(() => editor(page).getAttribute('contenteditable')).toBe('false')
      expect(await page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0)
      const before = await editorText(page)
      await editor(page).locator('h1:has-text("Abstract") + p').click()
      await page.keyboard.type('should not appear')
      expect(await editorText(page)).toBe(before)
      await page.context().close()
    }
    const check = await connectSynced(env.server.port, doc.id, doc.tokens.edit)
    expect(JSON.stringify(check.doc.getXmlFragment('content').toJSON())).not.toContain('should not appear')
    check.destroy()
  })
})
