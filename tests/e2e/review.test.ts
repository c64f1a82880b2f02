import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { contextAs, useServerAndBrowser } from '../helpers/browser.js'
import { clickIntoSection } from '../helpers/editor-caret.js'
import { type Client, connectSynced, eventually } from '../helpers/clients.js'
import { type CreatedDocument, createDocument } from '../helpers/server.js'

const env = useServerAndBrowser()

const editor = (page: Page) => page.getByRole('textbox', { name: 'PEP text' })
const status = (page: Page) => page.getByRole('status', { name: 'Connection' })
const review = (page: Page) => page.getByRole('complementary', { name: 'Review' })
const thread = (page: Page, quote: string) => review(page).getByRole('article', { name: quote })
/** The text of the elements matching `selector`, without the other users' caret labels, joined by `|`. */
const textsOf = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const texts = [...document.querySelectorAll(sel)].map((element) => {
      const clone = element.cloneNode(true) as HTMLElement
      clone.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
      return clone.textContent ?? ''
    })
    return texts.join('|')
  }, selector)
const editorText = (page: Page) => textsOf(page, '[aria-label="PEP text"]')
/** The text under comment marks, as the page renders it. */
const anchoredText = (page: Page, within = '') => textsOf(page, `[aria-label="PEP text"] ${within} .comment-anchor`)

async function openAs(url: string, name: string, color: string, ready = 'Live'): Promise<Page> {
  const context = await contextAs(env.browser, name, color)
  const page = await context.newPage()
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(url)
  await expect.poll(() => status(page).innerText(), { timeout: 15_000 }).toContain(ready)
  return page
}

/**
 * Selects `text` in the document the way a mouse drag would: a DOM selection inside the editor,
 * which ProseMirror reads (read-only editors included). `within` narrows the search to an element.
 */
async function selectText(page: Page, text: string, within = ''): Promise<void> {
  await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain(text)
  await page.evaluate(
    ([wanted, scope]) => {
      const root = document.querySelector(`[aria-label="PEP text"] ${scope}`.trim())!
      // Other users' caret labels are text inside the editor too, but not document text.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('.collaboration-carets__caret') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      })
      const texts: Text[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text)
      const whole = texts.map((node) => node.data).join('')
      const start = whole.indexOf(wanted)
      if (start < 0) throw new Error(`"${wanted}" is not in the document`)
      const locate = (offset: number, edge: 'start' | 'end') => {
        let seen = 0
        for (const node of texts) {
          const inside = edge === 'start' ? offset < seen + node.data.length : offset <= seen + node.data.length
          if (inside) return { node, offset: offset - seen }
          seen += node.data.length
        }
        throw new Error('offset outside the document')
      }
      const from = locate(start, 'start')
      const to = locate(start + wanted.length, 'end')
      const editable = document.querySelector<HTMLElement>('[aria-label="PEP text"]')!
      if (editable.isContentEditable) editable.focus()
      getSelection()!.setBaseAndExtent(from.node, from.offset, to.node, to.offset)
    },
    [text, within] as const,
  )
  // The editor reads the DOM selection on selectionchange; the Comment button shows when it has.
  await expect.poll(() => page.getByRole('button', { name: 'Comment', exact: true }).isEnabled()).toBe(true)
}

interface CommentOptions {
  suggestion?: string
  /** A CSS selector narrowing where `quote` is looked for in the document. */
  within?: string
  via?: 'button' | 'shortcut'
}

/** Selects `quote` and posts a comment on it through the Comment button (or Mod-Alt-M) and the compose box. */
async function comment(page: Page, quote: string, body: string, { suggestion, within = '', via = 'button' }: CommentOptions = {}): Promise<Locator> {
  await selectText(page, quote, within)
  if (via === 'button') await page.getByRole('button', { name: 'Comment', exact: true }).click()
  else await page.keyboard.press('Control+Alt+m')
  await page.getByRole('textbox', { name: 'Comment text' }).fill(body)
  if (suggestion !== undefined) {
    await page.getByRole('checkbox', { name: 'Suggest replacement text' }).check()
    const field = page.getByRole('textbox', { name: 'Suggested text' })
    expect(await field.inputValue()).toBe(quote)
    await field.fill(suggestion)
  }
  await page.getByRole('button', { name: 'Post comment' }).click()
  const card = thread(page, quote)
  await card.waitFor({ timeout: 10_000 })
  return card
}

/** An author and a reviewer on a new draft whose Abstract holds `abstract`, typed by the author. */
async function draftUnderReview(abstract: string): Promise<{ doc: CreatedDocument; author: Page; reviewer: Page }> {
  const doc = await createDocument(env.server.url)
  const author = await openAs(doc.urls.edit, 'Ada Author', '#1f5fbf')
  const reviewer = await openAs(doc.urls.review, 'Rex Reviewer', '#c62828', 'Read-only (review link)')
  await clickIntoSection(author, 'Abstract')
  await author.keyboard.type(abstract)
  await expect.poll(() => editorText(reviewer), { timeout: 10_000 }).toContain(abstract)
  return { doc, author, reviewer }
}

async function closeAll(...pages: Page[]): Promise<void> {
  for (const page of pages) await page.context().close()
}

/** The content's top-level blocks as plain text, from a y-websocket client's copy. */
function blocksOf(client: Client): string[] {
  return client.doc
    .getXmlFragment('content')
    .toArray()
    .map((block) => block.toString().replace(/<[^>]*>/g, ''))
}

describe('a reviewer and an author discussing a sentence', () => {
  it('the reviewer comments on a selection; the author sees it live, replies and resolves; the reviewer sees it resolved', async () => {
    const { author, reviewer } = await draftUnderReview('Assignment expressions bind a name. They also return the value.')
    const quote = 'They also return the value.'
    const mine = await comment(reviewer, quote, 'Say which value: the right-hand side?')

    await expect.poll(() => anchoredText(author), { timeout: 10_000 }).toBe(quote)
    expect(await author.locator('.comment-highlight--open').allInnerTexts()).toEqual([quote])
    const theirs = thread(author, quote)
    await expect.poll(() => theirs.innerText(), { timeout: 10_000 }).toContain('Say which value: the right-hand side?')
    expect(await theirs.innerText()).toContain('Rex Reviewer')

    // Hovering a card lights up its text; clicking the text brings a reader to its card.
    await theirs.hover()
    await expect.poll(() => author.locator('.comment-highlight--active').allInnerTexts()).toEqual([quote])
    await editor(reviewer).locator('.comment-anchor').click()
    await expect.poll(() => mine.evaluate((card) => card === document.activeElement)).toBe(true)

    await theirs.getByRole('textbox', { name: 'Reply' }).fill('Yes, the value of the right-hand side.')
    await theirs.getByRole('button', { name: 'Reply' }).click()
    await expect.poll(() => mine.innerText(), { timeout: 10_000 }).toContain('Yes, the value of the right-hand side.')
    expect(await mine.innerText()).toContain('Ada Author')

    await theirs.getByRole('button', { name: 'Resolve' }).click()
    // The default filter shows open threads: the resolved one leaves the list and its highlight fades.
    await expect.poll(() => mine.count(), { timeout: 10_000 }).toBe(0)
    await expect.poll(() => reviewer.locator('.comment-highlight--resolved').allInnerTexts()).toEqual([quote])
    await review(reviewer).getByRole('radio', { name: 'Resolved' }).check()
    await expect.poll(() => mine.innerText()).toContain('Resolved')
    expect(await mine.getByRole('button', { name: 'Reopen' }).count()).toBe(1)
    await closeAll(author, reviewer)
  })
})

describe('a reviewer', () => {
  it('cannot change the text through the UI: typing does nothing and there is no Apply button', async () => {
    const { doc, author, reviewer } = await draftUnderReview('Pattern matching is structural.')
    await comment(reviewer, 'structural', 'Define structural.', { suggestion: 'declarative' })
    expect(await reviewer.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0)
    expect(await review(reviewer).getByRole('button', { name: 'Apply suggestion' }).count()).toBe(0)
    expect(await review(reviewer).getByRole('button', { name: 'Dismiss suggestion' }).count()).toBe(0)
    await expect.poll(() => review(author).getByRole('button', { name: 'Apply suggestion' }).count(), { timeout: 10_000 }).toBe(1)

    const before = await editorText(reviewer)
    await editor(reviewer).locator('.comment-anchor').click()
    await reviewer.keyboard.type('typed by the reviewer')
    await reviewer.keyboard.press('Backspace')
    await reviewer.keyboard.press('Enter')
    expect(await editorText(reviewer)).toBe(before)
    const check = await connectSynced(env.server.port, doc.id, doc.tokens.edit)
    expect(blocksOf(check)).toContain('Pattern matching is structural.')
    expect(blocksOf(check).join('\n')).not.toContain('typed by the reviewer')
    check.destroy()
    await closeAll(author, reviewer)
  })
})

describe('an author deleting commented text', () => {
  it('leaves the thread on deleted text with its quote; undo brings the anchor back for both users', async () => {
    const { author, reviewer } = await draftUnderReview('Keep this. Delete this sentence. Keep that.')
    const quote = 'Delete this sentence.'
    await comment(reviewer, quote, 'Is this needed?')
    await expect.poll(() => anchoredText(author), { timeout: 10_000 }).toBe(quote)

    await selectText(author, `${quote} `)
    await author.keyboard.press('Backspace')
    for (const page of [author, reviewer]) {
      await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('Keep this. Keep that.')
      const card = thread(page, quote)
      await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('On deleted text')
      expect(await card.locator('blockquote').innerText()).toBe(quote)
    }
    expect(await thread(author, quote).getByRole('button', { name: 'Re-attach to selection' }).count()).toBe(1)
    expect(await thread(reviewer, quote).getByRole('button', { name: 'Re-attach to selection' }).count()).toBe(0)

    await author.keyboard.press('Control+z')
    for (const page of [author, reviewer]) {
      await expect.poll(() => anchoredText(page), { timeout: 10_000 }).toBe(quote)
      await expect.poll(() => thread(page, quote).innerText()).not.toContain('On deleted text')
      expect(await editorText(page)).toContain('Keep this. Delete this sentence. Keep that.')
    }
    await closeAll(author, reviewer)
  })
})

describe('a suggestion', () => {
  it('is applied by the author in one click, and the text changes exactly as proposed', async () => {
    const { doc, author, reviewer } = await draftUnderReview('The operator binds a name in any expression.')
    await comment(reviewer, 'in any expression', 'Not in every expression.', { suggestion: 'in most expressions' })
    const card = thread(author, 'in any expression')
    await card.getByRole('button', { name: 'Apply suggestion' }).click()

    const expected = 'The operator binds a name in most expressions.'
    for (const page of [author, reviewer]) {
      await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain(expected)
      expect(await editorText(page)).not.toContain('in any expression')
      // The replacement keeps the comment mark: the thread stays attached to the new text.
      await expect.poll(() => anchoredText(page)).toBe('in most expressions')
      await expect.poll(() => thread(page, 'in any expression').innerText()).toContain('Applied by Ada Author')
    }
    expect(await card.getByRole('button', { name: 'Apply suggestion' }).count()).toBe(0)
    const check = await connectSynced(env.server.port, doc.id, doc.tokens.view)
    await eventually(() => blocksOf(check).includes(expected), 'the server copy to hold the applied suggestion')
    expect(blocksOf(check).filter((text) => text.startsWith('The operator'))).toEqual([expected])
    check.destroy()
    await closeAll(author, reviewer)
  })
})

describe('a hostile comment body', () => {
  it('renders as text: no img element, the text visible, no dialog', async () => {
    const { author, reviewer } = await draftUnderReview('Nothing to see here.')
    const dialogs: string[] = []
    for (const page of [author, reviewer]) page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())))
    const hostile = '<img src=x onerror=alert(1)>'
    const mine = await comment(reviewer, 'Nothing to see', hostile)
    const theirs = thread(author, 'Nothing to see')
    await theirs.waitFor({ timeout: 10_000 })
    for (const card of [mine, theirs]) {
      await expect.poll(() => card.getByText(hostile, { exact: true }).count()).toBe(1)
      expect(await card.locator('img').count()).toBe(0)
    }
    // ProseMirror's own separator image (after a caret at the end of a line) is the only image allowed.
    expect(await author.locator('img:not(.ProseMirror-separator)').count()).toBe(0)
    expect(await reviewer.locator('img:not(.ProseMirror-separator)').count()).toBe(0)
    expect(dialogs).toEqual([])
    await closeAll(author, reviewer)
  })
})

describe('comments on code', () => {
  it('anchor inside inline code and code blocks, and survive Clear formatting', async () => {
    const { author, reviewer } = await draftUnderReview('Call the function ')
    await author.keyboard.press('Control+e')
    await author.keyboard.type('os.fspath(path)')
    await author.keyboard.press('Control+e')
    await author.keyboard.type(' first.')
    await author.keyboard.press('Enter')
    await author.keyboard.press('Control+Alt+c')
    await author.keyboard.type('x = os.fspath(p)')
    await expect.poll(() => textsOf(reviewer, '[aria-label="PEP text"] pre'), { timeout: 10_000 }).toBe('x = os.fspath(p)')

    await comment(reviewer, 'fspath', 'Use ``os.fsencode`` for bytes, see https://docs.python.org/3/library/os.html', { within: 'p code' })
    await comment(reviewer, 'x = os', 'Name it ``path``.', { within: 'pre', via: 'shortcut' })
    for (const page of [author, reviewer]) {
      await expect.poll(() => anchoredText(page, 'p code'), { timeout: 10_000 }).toBe('fspath')
      await expect.poll(() => anchoredText(page, 'pre'), { timeout: 10_000 }).toBe('x = os')
      const card = thread(page, 'fspath')
      await expect.poll(() => card.locator('code').allInnerTexts()).toEqual(['os.fsencode'])
      const link = card.getByRole('link', { name: 'https://docs.python.org/3/library/os.html' })
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow')
    }

    // Clear formatting takes the literal away, never the review anchor.
    await selectText(author, 'os.fspath(path)', 'p')
    await author.getByRole('button', { name: 'Clear formatting' }).click()
    for (const page of [author, reviewer]) {
      await expect.poll(() => textsOf(page, '[aria-label="PEP text"] p code'), { timeout: 10_000 }).toBe('')
      await expect.poll(() => anchoredText(page, 'p')).toBe('fspath')
    }
    expect(await editorText(author)).toContain('Call the function os.fspath(path) first.')
    await closeAll(author, reviewer)
  })
})

describe('copying commented text', () => {
  it('pastes the text without its comment mark: the thread keeps a single anchor', async () => {
    const { author, reviewer } = await draftUnderReview('Copy this phrase here.')
    await comment(reviewer, 'this phrase', 'Repeated below?')
    await expect.poll(() => anchoredText(author), { timeout: 10_000 }).toBe('this phrase')
    await selectText(author, 'Copy this phrase')
    await author.keyboard.press('Control+c')
    await author.keyboard.press('End')
    await expect.poll(() => author.getByRole('button', { name: 'Comment', exact: true }).isEnabled()).toBe(false)
    await author.keyboard.press('Control+v')
    for (const page of [author, reviewer]) {
      await expect.poll(() => textsOf(page, '[aria-label="PEP text"] h1:first-child + p'), { timeout: 10_000 }).toBe('Copy this phrase here.Copy this phrase')
      expect(await anchoredText(page)).toBe('this phrase')
    }
    await closeAll(author, reviewer)
  })
})

describe('own comments', () => {
  it('can be edited and deleted by their author only', async () => {
    const { author, reviewer } = await draftUnderReview('Generators are lazy.')
    const mine = await comment(reviewer, 'lazy', 'Say ``lazy`` how?')
    const theirs = thread(author, 'lazy')
    await theirs.getByRole('textbox', { name: 'Reply' }).fill('They yield on demand.')
    await theirs.getByRole('button', { name: 'Reply' }).click()
    await expect.poll(() => mine.innerText(), { timeout: 10_000 }).toContain('They yield on demand.')
    // Each sees Edit and Delete on their own comment only.
    await expect.poll(() => mine.getByRole('button', { name: 'Edit comment' }).count()).toBe(1)
    await expect.poll(() => theirs.getByRole('button', { name: 'Edit comment' }).count()).toBe(1)

    await mine.getByRole('button', { name: 'Edit comment' }).click()
    await mine.getByRole('textbox', { name: 'Edited comment' }).fill('In what sense lazy?')
    await mine.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => theirs.innerText(), { timeout: 10_000 }).toContain('In what sense lazy?')
    expect(await theirs.innerText()).toContain('(edited)')

    await theirs.getByRole('button', { name: 'Delete comment' }).click()
    await expect.poll(() => mine.innerText(), { timeout: 10_000 }).toContain('Comment deleted')
    expect(await mine.innerText()).not.toContain('They yield on demand.')
    await closeAll(author, reviewer)
  })
})

describe('Download review', () => {
  it('saves the review as Markdown or JSON, fetched with the link’s token', async () => {
    const { author, reviewer } = await draftUnderReview('Decorators wrap functions.')
    await comment(reviewer, 'wrap functions', 'And classes.')
    const saved = async (format: 'Markdown' | 'JSON') => {
      await review(author).getByRole('button', { name: 'Download review' }).click()
      const [download] = await Promise.all([author.waitForEvent('download'), author.getByRole('menuitem', { name: format }).click()])
      const stream = await download.createReadStream()
      const chunks: Buffer[] = []
      for await (const chunk of stream) chunks.push(chunk as Buffer)
      return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') }
    }
    await thread(author, 'wrap functions').waitFor({ timeout: 10_000 })
    const markdown = await saved('Markdown')
    expect(markdown.name).toMatch(/\.md$/)
    expect(markdown.text).toContain('> wrap functions')
    expect(markdown.text).toContain('And classes.')
    const json = await saved('JSON')
    expect(json.name).toMatch(/\.json$/)
    const parsed = JSON.parse(json.text) as { threads: { quote: string }[] }
    expect(parsed.threads.map((t) => t.quote)).toEqual(['wrap functions'])
    await closeAll(author, reviewer)
  })
})
