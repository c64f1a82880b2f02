import { readFileSync } from 'node:fs'
import { type DocNode, findTemplate, templateDocument, writeContent } from '@pepdraft/core'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { contextAs, useServerAndBrowser } from '../helpers/browser.js'
import { connectSynced } from '../helpers/clients.js'
import { checkWithDocutils, describeProblems, isClean } from '../helpers/docutils.js'
import { createDocument } from '../helpers/server.js'

const env = useServerAndBrowser()

const text = (value: string, marks?: DocNode['marks']): DocNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value })
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })

/** Every section of the Standards Track template filled, with text that needs escaping. */
function filledDraft(): DocNode {
  const blocks: DocNode[] = []
  for (const block of templateDocument(findTemplate('standards-track')!).content!) {
    if (block.type === 'paragraph' && !block.content) {
      const title = blocks.at(-1)?.content?.[0]?.text ?? ''
      blocks.push(paragraph(text(`The ${title} of this proposal: *not emphasis*, a name_ and \`ticks\`; see `), text('PEP 744', [{ type: 'link', attrs: { href: 'https://peps.python.org/pep-0744/' } }]), text('.')))
      if (title === 'Specification') {
        blocks.push({ type: 'codeBlock', attrs: { language: 'python' }, content: [text('def jit(code):\n    return compile(code)')] })
        blocks.push({ type: 'bulletList', content: ['x86-64', 'AArch64'].map((p) => ({ type: 'listItem', content: [paragraph(text(p))] })) })
      }
    } else {
      blocks.push(block)
    }
  }
  return { type: 'doc', content: blocks }
}

async function fill(page: Page, name: string, value: string): Promise<void> {
  await page.getByRole('textbox', { name, exact: true }).fill(value)
}

describe('exporting a filled Standards Track draft', () => {
  it('downloads pep-NNNN.rst from the Export button, which python/peps’ layout rules and docutils accept', async () => {
    const doc = await createDocument(env.server.url)
    const coAuthor = await connectSynced(env.server.port, doc.id, doc.tokens.edit)
    writeContent(coAuthor.doc, filledDraft())

    const page = await (await contextAs(env.browser, 'Ada Lovelace', '#1f77b4')).newPage()
    await page.goto(doc.urls.edit)
    await expect.poll(() => page.getByRole('status', { name: 'Connection' }).innerText(), { timeout: 15_000 }).toContain('Live')
    await fill(page, 'PEP', '9998')
    await fill(page, 'Title', 'Long-Term Maintenance of the JIT')
    await page.getByRole('button', { name: 'Add author' }).click()
    await fill(page, 'Author 1 name', 'Ada Lovelace')
    await fill(page, 'Author 1 email', 'ada@example.com')
    const checks = page.getByRole('complementary', { name: 'Submission checks' })
    await expect.poll(() => checks.innerText(), { timeout: 10_000 }).toContain('Ready to submit')

    await page.getByRole('button', { name: 'RST preview' }).click()
    const preview = page.getByRole('region', { name: 'reStructuredText preview' })
    await expect.poll(() => preview.innerText()).toContain('PEP: 9998')
    expect(await preview.innerText()).toContain(':pep:`744`')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .rst' }).click()])
    expect(download.suggestedFilename()).toBe('pep-9998.rst')
    const rst = readFileSync((await download.path())!, 'utf8')

    // PEP-RULES §1: the preamble first, in order; §3: LF, one final newline, no tabs, no trailing spaces.
    expect(rst).toMatch(/^PEP: 9998\nTitle: Long-Term Maintenance of the JIT\nAuthor: Ada Lovelace <ada@example.com>\nDiscussions-To: Pending\nStatus: Draft\nType: Standards Track\nCreated: \d{2}-[A-Z][a-z]{2}-\d{4}\n/)
    expect(rst).not.toMatch(/\r|\t|[ ]+\n/)
    expect(rst.endsWith('\n') && !rst.endsWith('\n\n')).toBe(true)
    for (const title of ['Maintenance', 'Compatibility', 'Success Metrics', 'Multi-Strategy Infrastructure']) {
      expect(rst).toContain(`\n\n\n${title}\n${'='.repeat(title.length)}\n`)
    }
    expect(rst).toContain('.. code-block:: python\n\n    def jit(code):\n        return compile(code)\n')
    expect(rst).not.toContain('peps.python.org')
    const [result] = checkWithDocutils([{ name: 'pep-9998.rst', rst }])
    expect(isClean(result!), describeProblems(result!)).toBe(true)
    // What the browser exported is what the server exports for the same document.
    const served = await fetch(`${env.server.url}/api/documents/${doc.id}/export.rst?strict=1`, { headers: { authorization: `Bearer ${doc.tokens.view}` } })
    expect(served.status).toBe(200)
    expect(await served.text()).toBe(rst)
    coAuthor.destroy()
    await page.context().close()
  })
})
