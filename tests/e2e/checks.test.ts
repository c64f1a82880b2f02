import { type CheckReport, checkYDoc, findTemplate, seedFromTemplate, validateField } from '@pepdraft/core'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { contextAs, useServerAndBrowser } from '../helpers/browser.js'
import { createDocument } from '../helpers/server.js'

const env = useServerAndBrowser()

const template = findTemplate('standards-track')!
const editor = (page: Page) => page.getByRole('textbox', { name: 'PEP text' })
const panel = (page: Page) => page.getByRole('complementary', { name: 'Submission checks' })
const summary = (page: Page) => panel(page).getByRole('status')
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

interface Listed {
  code: string
  message: string
}

/** The problems as the panel lists them: each item's message (its first element) and its code. */
function listed(page: Page): Promise<Listed[]> {
  return panel(page)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        code: item.querySelector('code')?.textContent ?? '',
        message: item.firstElementChild?.textContent ?? '',
      })),
    )
}

/** A report in the panel's order: errors, then warnings, each in report order. */
function asListed(report: CheckReport): Listed[] {
  const bySeverity = [...report.problems].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))
  return bySeverity.map(({ code, message }) => ({ code, message }))
}

async function apiReport(id: string, token: string): Promise<CheckReport> {
  const res = await fetch(`${env.server.url}/api/documents/${id}/check`, { headers: { authorization: `Bearer ${token}` } })
  expect(res.status).toBe(200)
  return (await res.json()) as CheckReport
}

/** The server sees an edit one round trip after the panel does, so compare until both settle. */
async function expectPanelToMatchApi(page: Page, id: string, token: string): Promise<void> {
  await expect.poll(async () => JSON.stringify(await listed(page)) === JSON.stringify(asListed(await apiReport(id, token))), { timeout: 5000 }).toBe(true)
}

async function openDraft(url: string, name: string): Promise<Page> {
  const context = await contextAs(env.browser, name, '#2b5797')
  const page = await context.newPage()
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(url)
  await editor(page).waitFor()
  return page
}

/** The user's way to an empty section: its problem in the panel puts the caret in the body; type. */
async function fillSection(page: Page, message: string, text: string): Promise<void> {
  await panel(page).getByRole('button', { name: message }).click()
  await page.keyboard.type(text)
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
const counts = (errors: number, warnings: number) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`

async function expectSummary(page: Page, text: string): Promise<void> {
  await expect.poll(() => summary(page).textContent()).toBe(text)
}

describe('the submission checks panel', () => {
  it('guides a new Standards Track draft from its template to “Ready to submit”, agreeing with the API', { timeout: 120_000 }, async () => {
    const doc = await createDocument(env.server.url, 'standards-track')
    const page = await openDraft(doc.urls.edit, 'Ada Lovelace')

    // Every template section is there, in order, with its guidance drawn (not written) in empty ones.
    const titles = template.sections.map((s) => s.title)
    await expect.poll(() => editor(page).getByRole('heading', { level: 1 }).allTextContents()).toEqual(titles)
    const drawn = await editor(page).evaluate((root) =>
      [...root.querySelectorAll('p')].map((p) => getComputedStyle(p, '::after').content).filter((c) => c !== 'none'),
    )
    const unfixed = template.sections.filter((s) => !s.body)
    expect(drawn).toHaveLength(unfixed.length)
    for (const [i, section] of unfixed.entries()) expect(drawn[i]).toContain(section.guidance.slice(0, 60))
    const documentText = (await editor(page).textContent()) ?? ''
    for (const section of template.sections) expect(documentText).not.toContain(section.guidance.slice(0, 40))

    // The panel lists exactly what a freshly seeded document lacks, and the API says the same.
    const seeded = new Y.Doc()
    seedFromTemplate(seeded, template, new Date())
    const seededReport = checkYDoc(seeded, { today: new Date() })
    const expected = asListed(seededReport)
    const errors = seededReport.problems.filter((p) => p.severity === 'error').length
    const warnings = expected.length - errors
    await expectSummary(page, counts(errors, warnings))
    expect(await listed(page)).toEqual(expected)
    await expectPanelToMatchApi(page, doc.id, doc.tokens.view)

    // Each required section filled through the editor clears its problem, one by one.
    let remaining = errors
    const emptySections = expected.filter((p) => p.code === 'section.empty')
    for (const [i, problem] of emptySections.entries()) {
      await fillSection(page, problem.message, `Section ${i + 1} says what it must.`)
      remaining--
      await expectSummary(page, counts(remaining, warnings))
      expect((await listed(page)).map((p) => p.message)).not.toContain(problem.message)
    }

    // A field problem opens the collapsed preamble and focuses the field.
    await page.getByRole('button', { name: 'Preamble', exact: true }).click()
    await expect.poll(() => field(page, 'Title').isVisible()).toBe(false)
    await panel(page).getByRole('button', { name: /^Title is required/ }).click()
    await expect.poll(() => field(page, 'Title').evaluate((input) => input === document.activeElement)).toBe(true)
    await page.keyboard.type('Faster CPython Startup')
    await expect.poll(() => field(page, 'Title').inputValue()).toBe('Faster CPython Startup')
    await expectSummary(page, counts(--remaining, warnings))

    // The form validates as the user types, with the validator's own message next to the field.
    const pep = field(page, 'PEP')
    await pep.fill('0123')
    const [leadingZero] = validateField('PEP', '0123')
    await expect.poll(() => pep.getAttribute('aria-invalid')).toBe('true')
    const describedBy = (await pep.getAttribute('aria-describedby'))!
    await expect.poll(() => page.locator(`[id="${describedBy}"]`).textContent()).toContain(leadingZero!.message)
    await pep.fill('9999')
    await expect.poll(() => pep.getAttribute('aria-invalid')).toBe(null)
    await expectSummary(page, counts(--remaining, warnings))

    await page.getByRole('button', { name: 'Add author' }).click()
    await page.keyboard.type('Ada Lovelace')
    await field(page, 'Author 1 email').fill('ada@example.com')
    await expect.poll(() => summary(page).textContent()).toBe(`Ready to submit (${plural(warnings, 'warning')} to consider)`)
    expect((await listed(page)).every((p) => p.code === 'section.empty-optional')).toBe(true)
    expect((await apiReport(doc.id, doc.tokens.view)).ok).toBe(true)
    await expectPanelToMatchApi(page, doc.id, doc.tokens.view)

    // Deleting a required section's heading shows at once; Restore puts it back in template order.
    await editor(page).getByRole('heading', { name: 'Motivation' }).click()
    await page.keyboard.press('End')
    await page.keyboard.press('Shift+Home')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    const restore = panel(page).getByRole('button', { name: 'Restore Motivation' })
    await restore.waitFor({ timeout: 2000 })
    expect(await summary(page).textContent()).toMatch(/^1 error, /)
    expect((await listed(page)).map((p) => p.code)).toContain('section.missing')
    await expectPanelToMatchApi(page, doc.id, doc.tokens.view)
    await restore.click()
    await expect.poll(() => editor(page).getByRole('heading', { level: 1 }).allTextContents()).toEqual(titles)
    await expect.poll(async () => (await listed(page)).map((p) => p.code)).not.toContain('section.missing')

    // Restoring is an ordinary edit: Undo takes it back, Redo brings it again.
    await page.keyboard.press('Control+z')
    await restore.waitFor({ timeout: 2000 })
    await page.keyboard.press('Control+Shift+z')
    await restore.waitFor({ state: 'detached', timeout: 2000 })
    await expect.poll(() => editor(page).getByRole('heading', { level: 1 }).allTextContents()).toEqual(titles)
    await page.context().close()
  })

  it('shows a viewer the same checks and a read-only preamble that follows the editor’s typing, ticking and reordering', { timeout: 60_000 }, async () => {
    const doc = await createDocument(env.server.url, 'informational')
    const author = await openDraft(doc.urls.edit, 'Ada Lovelace')
    const viewer = await openDraft(doc.urls.view, 'Grace Hopper')

    for (const name of ['PEP', 'Title', 'Created']) expect(await field(viewer, name).isDisabled()).toBe(true)
    expect(await viewer.getByRole('combobox', { name: 'Status' }).isDisabled()).toBe(true)
    expect(await viewer.getByRole('button', { name: 'Add author' }).count()).toBe(0)

    await field(author, 'Title').pressSequentially('Packaging Glossary')
    await author.getByRole('checkbox', { name: 'Packaging' }).check()
    await expect.poll(() => field(viewer, 'Title').inputValue()).toBe('Packaging Glossary')
    await expect.poll(() => viewer.getByRole('checkbox', { name: 'Packaging' }).isChecked()).toBe(true)

    // Author rows: added, reordered (focus follows the moved row), removed; the viewer follows.
    await author.getByRole('button', { name: 'Add author' }).click()
    await author.keyboard.type('Ada Lovelace')
    await author.getByRole('button', { name: 'Add author' }).click()
    await author.keyboard.type('Grace Hopper')
    await author.getByRole('button', { name: 'Move author 2 up' }).click()
    await expect.poll(() => field(viewer, 'Author 1 name').inputValue()).toBe('Grace Hopper')
    await expect.poll(() => author.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move author 1 down')
    await author.getByRole('button', { name: 'Remove author 1' }).click()
    await expect.poll(() => field(viewer, 'Author 1 name').inputValue()).toBe('Ada Lovelace')
    expect(await field(viewer, 'Author 2 name').count()).toBe(0)
    await expect.poll(async () => JSON.stringify(await listed(viewer)) === JSON.stringify(await listed(author))).toBe(true)
    await expectPanelToMatchApi(viewer, doc.id, doc.tokens.view)
    await author.context().close()
    await viewer.context().close()
  })
})
