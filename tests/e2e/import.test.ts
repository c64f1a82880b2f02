import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { contextAs, useServerAndBrowser } from '../helpers/browser.js'
import { checkWithDocutils, describeProblems, isClean } from '../helpers/docutils.js'

const env = useServerAndBrowser()

/** A pre-PEP as authors keep it on HackMD: front matter, sections, code, a table, inline HTML. */
const DRAFT = `---
PEP: 9997
Title: Frozen dataclasses with slots by default
Author: Ada Lovelace <ada@example.com>
---

## Abstract

Frozen dataclasses get \`__slots__\` unless they opt out, halving their memory.

## Motivation

Most frozen dataclasses are small records:

| Fields | Without slots (bytes) | With slots (bytes) |
| --- | ---: | ---: |
| 2 | 152 | 56 |
| 4 | 184 | 72 |

<img src="https://example.com/memory.png" alt="Memory per instance" width="400">

## Specification

\`\`\`python
@dataclass(frozen=True)
class Point:
    x: int
    y: int
\`\`\`
`

const markdownBox = (page: Page) => page.getByRole('textbox', { name: 'Markdown draft' })
const importButton = (page: Page) => page.getByRole('button', { name: 'Import draft' })
const editor = (page: Page) => page.getByRole('textbox', { name: 'PEP text' })

async function startPage(): Promise<Page> {
  const page = await (await contextAs(env.browser, 'Ada Lovelace', '#1f77b4')).newPage()
  await page.goto(env.server.url)
  return page
}

describe('importing a Markdown draft from the start page', () => {
  it('creates the draft, lists what changed, and opens it with the text and preamble in place', async () => {
    const page = await startPage()
    await markdownBox(page).fill(DRAFT)
    await importButton(page).click()

    await expect.poll(() => page.getByRole('heading', { name: 'Your draft is ready' }).isVisible(), { timeout: 15_000 }).toBe(true)
    const report = page.getByRole('list', { name: 'Import report' })
    const items = await report.getByRole('listitem').allInnerTexts()
    expect(items).toContainEqual(expect.stringMatching(/^Line 20: Raw HTML “<img src="https:\/\/example\.com\/memory.*kept as plain text\.$/))
    const viewLink = await page.getByRole('textbox', { name: 'Link for viewers' }).inputValue()
    const [, id, viewToken] = /\/d\/([^#]+)#k=(.+)$/.exec(viewLink)!

    await page.getByRole('link', { name: 'Open the draft' }).click()
    await expect.poll(() => page.getByRole('status', { name: 'Connection' }).innerText(), { timeout: 15_000 }).toContain('Live')
    const abstract = editor(page).locator('h1:has-text("Abstract") + p')
    await expect.poll(() => abstract.innerText()).toBe('Frozen dataclasses get __slots__ unless they opt out, halving their memory.')
    expect(await editor(page).locator('table').innerText()).toMatch(/Fields\s+Without slots \(bytes\)\s+With slots \(bytes\)\s+2\s+152\s+56/)
    expect(await editor(page).locator('pre').innerText()).toContain('@dataclass(frozen=True)')
    expect(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe('Frozen dataclasses with slots by default')
    expect(await page.getByRole('textbox', { name: 'PEP', exact: true }).inputValue()).toBe('9997')

    const res = await fetch(`${env.server.url}/api/documents/${id}/export.rst`, { headers: { authorization: `Bearer ${viewToken}` } })
    expect(res.status).toBe(200)
    const rst = await res.text()
    expect(rst).toMatch(/^PEP: 9997\nTitle: Frozen dataclasses with slots by default\nAuthor: Ada Lovelace <ada@example.com>\n/)
    expect(rst).toContain('\nAbstract\n========\n\nFrozen dataclasses get ``__slots__`` unless')
    expect(rst).toContain('.. code-block:: python\n\n    @dataclass(frozen=True)\n')
    const [result] = checkWithDocutils([{ name: 'pep-9997.rst', rst }])
    expect(isClean(result!), describeProblems(result!)).toBe(true)
    await page.context().close()
  })

  it('reads a chosen .md file into the text box, refuses other files, and says when nothing changed', async () => {
    const page = await startPage()
    const file = page.getByLabel('Markdown file')
    await file.setInputFiles({ name: 'proposal.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') })
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('“proposal.docx” is not a Markdown file')
    expect(await importButton(page).isDisabled()).toBe(true)

    const plain = '## Abstract\n\nShort and plain.\n'
    await file.setInputFiles({ name: 'draft.md', mimeType: 'text/markdown', buffer: Buffer.from(plain) })
    await expect.poll(() => markdownBox(page).inputValue()).toBe(plain)
    expect(await page.getByRole('alert').count()).toBe(0)
    await importButton(page).click()
    await expect.poll(() => page.getByRole('region', { name: 'Import report' }).innerText(), { timeout: 15_000 }).toContain('Imported without changes')
    expect(await page.getByRole('list', { name: 'Import report' }).count()).toBe(0)
    await page.context().close()
  })

  it('shows the server’s refusal of a draft over 512 KiB, and an unreachable server, keeping the text', async () => {
    const page = await startPage()
    const huge = `## Abstract\n\n${'A paragraph of a very long draft.\n\n'.repeat(16_000)}`
    // Through the file input: Chromium's synthetic typing (fill) inserts line by line, a real paste does not.
    await page.getByLabel('Markdown file').setInputFiles({ name: 'huge.md', mimeType: 'text/markdown', buffer: Buffer.from(huge) })
    await expect.poll(async () => (await markdownBox(page).inputValue()).length).toBe(huge.length)
    await importButton(page).click()
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 15_000 }).toBe(
      'Could not import the draft: the Markdown draft is larger than 512 KiB',
    )
    expect((await markdownBox(page).inputValue()).length).toBe(huge.length)

    await markdownBox(page).fill(DRAFT)
    await page.route('**/api/documents', (route) => route.abort('connectionrefused'))
    await importButton(page).click()
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('The pepdraft server could not be reached')
    expect(await page.getByRole('heading', { name: 'Your draft is ready' }).count()).toBe(0)
    await page.context().close()
  })
})
