import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { checkRstFile, type DocNode, importRst } from '@pepdraft/core'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { contextAs, useServerAndBrowser } from '../helpers/browser.js'
import { editorCaret } from '../helpers/editor-caret.js'
import { checkWithDocutils, describeProblems, isClean } from '../helpers/docutils.js'

const env = useServerAndBrowser()

const PEP_744_PATH = fileURLToPath(new URL('../fixtures/peps/pep-0744.rst', import.meta.url))
const PEP_744 = readFileSync(PEP_744_PATH, 'utf8')

/** PEP 744's sections, in its order (all level 1). */
const PEP_744_SECTIONS = [
  'Abstract',
  'Motivation',
  'Rationale',
  'Specification',
  'Backwards Compatibility',
  'Security Implications',
  'How to Teach This',
  'Reference Implementation',
  'Rejected Ideas',
  'Open Issues',
  'Footnotes',
  'Copyright',
]

/** The Standards Track sections PEP 744 (Informational) lacks, each placed where that template orders it. */
const ADDED_SECTIONS = [
  { title: 'Compatibility', before: 'Security Implications' },
  { title: 'Maintenance', before: 'Reference Implementation' },
  { title: 'Success Metrics', before: 'Reference Implementation' },
  { title: 'Multi-Strategy Infrastructure', before: 'Reference Implementation' },
]

/** The text of every kept RST block and the source of every kept inline, in document order. */
function keptRst(doc: DocNode): { blocks: string[]; inlines: string[] } {
  const kept = { blocks: [] as string[], inlines: [] as string[] }
  const visit = (node: DocNode): void => {
    if (node.type === 'rstBlock') kept.blocks.push((node.content ?? []).map((text) => text.text ?? '').join(''))
    if (node.type === 'rstInline') kept.inlines.push(String(node.attrs?.source))
    node.content?.forEach(visit)
  }
  visit(doc)
  return kept
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'PEP text' })
const sectionHeadings = (page: Page) => editor(page).locator('h1').allInnerTexts()

/**
 * A new level-1 section with one paragraph, typed in just before the heading `before`, as an author
 * does it: Enter at the start of that heading opens an empty paragraph above it, which becomes the
 * new heading through the toolbar; Enter at the end of a heading starts its first paragraph. Each
 * step waits until the editor has the caret where it should be before the next key.
 */
async function addSectionBefore(page: Page, before: string, title: string, text: string): Promise<void> {
  const heading = editor(page).locator('h1', { hasText: new RegExp(`^${before}$`) })
  await heading.click()
  await page.keyboard.press('Home')
  await expect.poll(() => editorCaret(page)).toBe(`heading:${before}:0`)
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => editorCaret(page)).toBe('paragraph::0')
  await page.getByRole('button', { name: 'Heading 1', exact: true }).click()
  await expect.poll(() => editorCaret(page)).toBe('heading::0')
  await page.keyboard.type(title)
  await expect.poll(() => editorCaret(page)).toBe(`heading:${title}:${title.length}`)
  await page.keyboard.press('Enter')
  await expect.poll(() => editorCaret(page)).toBe('paragraph::0')
  await page.keyboard.type(text)
  await expect.poll(() => editorCaret(page)).toBe(`paragraph:${text}:${text.length}`)
}

describe('opening a published PEP’s .rst from the start page', () => {
  it('imports PEP 744, lists what was kept as raw RST, and after adding the Standards Track sections exports a file our checks and docutils accept', async () => {
    const expected = importRst(PEP_744)
    const page = await (await contextAs(env.browser, 'Brandt Bucher', '#1f77b4')).newPage()
    await page.goto(env.server.url)

    await page.getByLabel('reStructuredText file').setInputFiles(PEP_744_PATH)
    await expect.poll(() => page.getByRole('textbox', { name: 'reStructuredText source' }).inputValue()).toBe(PEP_744)
    await page.getByRole('button', { name: 'Open PEP' }).click()

    await expect.poll(() => page.getByRole('heading', { name: 'Your draft is ready' }).isVisible(), { timeout: 15_000 }).toBe(true)
    const report = page.getByRole('region', { name: 'Import report' })
    if (expected.warnings.length === 0) {
      expect(await report.innerText()).toContain('Imported without changes')
    } else {
      const items = await page.getByRole('list', { name: 'Import report' }).getByRole('listitem').allInnerTexts()
      expect(items).toEqual(expected.warnings.map((w) => `Line ${w.line}: ${w.message}`))
    }

    await page.getByRole('link', { name: 'Open the draft' }).click()
    await expect.poll(() => page.getByRole('status', { name: 'Connection' }).innerText(), { timeout: 15_000 }).toContain('Live')
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'JIT Compilation' }).count()).toBe(1)
    expect(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe('JIT Compilation')
    expect(await page.getByRole('textbox', { name: 'PEP', exact: true }).inputValue()).toBe('744')
    await expect.poll(() => sectionHeadings(page)).toEqual(PEP_744_SECTIONS)
    expect(await editor(page).locator('h1:text-is("Abstract") + p').innerText()).toMatch(/^Earlier this year, an experimental "just-in-time" compiler/)

    // What the schema cannot hold is shown as raw RST: blocks as named monospace regions, inline as chips.
    const kept = keptRst(expected.doc)
    expect(kept.blocks.length).toBeGreaterThan(0)
    const blocks = editor(page).getByRole('group', { name: 'reStructuredText' })
    expect(await blocks.count()).toBe(kept.blocks.length)
    expect(await blocks.first().innerText()).toBe(kept.blocks[0])
    const chips = editor(page).locator('code.rst-inline')
    expect(await chips.allInnerTexts()).toEqual(kept.inlines)
    expect(await chips.first().getAttribute('title')).toMatch(/^Kept as reStructuredText/)

    for (const { title, before } of ADDED_SECTIONS) {
      await addSectionBefore(page, before, title, `How the JIT meets the ${title} requirement.`)
    }
    await expect.poll(() => sectionHeadings(page)).toEqual([
      ...PEP_744_SECTIONS.slice(0, 5),
      'Compatibility',
      'Security Implications',
      'How to Teach This',
      'Maintenance',
      'Success Metrics',
      'Multi-Strategy Infrastructure',
      ...PEP_744_SECTIONS.slice(7),
    ])
    await page.getByRole('combobox', { name: 'Type' }).selectOption('Standards Track')

    const checks = page.getByRole('complementary', { name: 'Submission checks' })
    await expect.poll(() => checks.getByRole('status').innerText(), { timeout: 10_000 }).toMatch(/^Ready to submit/).catch(async (err: unknown) => {
      throw new Error(`${String(err)}\n${await checks.innerText()}`)
    })
    expect(await checks.getByRole('heading', { name: 'Errors' }).count()).toBe(0)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .rst' }).click()])
    expect(download.suggestedFilename()).toBe('pep-0744.rst')
    const rst = readFileSync((await download.path())!, 'utf8')
    expect(rst).toMatch(/^PEP: 744\nTitle: JIT Compilation\n/)
    expect(rst).toContain('\nType: Standards Track\n')
    for (const { title } of ADDED_SECTIONS) {
      expect(rst).toContain(`\n${title}\n${'='.repeat(title.length)}\n\nHow the JIT meets the ${title} requirement.\n`)
    }
    expect(checkRstFile(rst, { today: new Date() }).filter((p) => p.severity === 'error')).toEqual([])
    const [result] = checkWithDocutils([{ name: 'pep-0744.rst', rst }])
    expect(isClean(result!), describeProblems(result!)).toBe(true)
    await page.context().close()
  })

  it('refuses a file that is not .rst or .txt, and shows the server’s refusal of a file over 512 KiB, keeping its text', async () => {
    const page = await (await contextAs(env.browser, 'Brandt Bucher', '#1f77b4')).newPage()
    await page.goto(env.server.url)
    await page.getByLabel('reStructuredText file').setInputFiles({ name: 'pep-0744.html', mimeType: 'text/html', buffer: Buffer.from('<p>') })
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('“pep-0744.html” is not a reStructuredText file: choose a .rst or .txt file.')
    expect(await page.getByRole('button', { name: 'Open PEP' }).isDisabled()).toBe(true)

    const huge = `PEP: 9999\nTitle: Big\n\nAbstract\n========\n\n${'A paragraph of a very long PEP.\n\n'.repeat(17_000)}`
    // Through the file input: Chromium's synthetic typing (fill) inserts line by line, a real paste does not.
    await page.getByLabel('reStructuredText file').setInputFiles({ name: 'pep-9999.rst', mimeType: 'text/x-rst', buffer: Buffer.from(huge) })
    await expect.poll(async () => (await page.getByRole('textbox', { name: 'reStructuredText source' }).inputValue()).length).toBe(huge.length)
    expect(await page.getByRole('alert').count()).toBe(0)
    await page.getByRole('button', { name: 'Open PEP' }).click()
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 15_000 }).toBe(
      'Could not open the PEP: the reStructuredText file is larger than 512 KiB',
    )
    expect((await page.getByRole('textbox', { name: 'reStructuredText source' }).inputValue()).length).toBe(huge.length)
    expect(await page.getByRole('heading', { name: 'Your draft is ready' }).count()).toBe(0)
    await page.context().close()
  })
})
