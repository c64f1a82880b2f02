import { check, type DocNode, findTemplate, pepSchema, templateDocument } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import { nodeAtPath, sectionHeading, topLevelPosition } from '../../client/src/features/checks/editorTargets.js'
import { hasTarget } from '../../client/src/features/checks/jumpToProblem.js'

const template = findTemplate('standards-track')!
const json: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Abstract' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        { type: 'text', text: 'this', marks: [{ type: 'link', attrs: { href: 'ftp://example.com' } }] },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bare https://example.com' }] }] }] },
    { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'x = 1' }] },
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Backward Compatibility' }] },
    { type: 'paragraph' },
  ],
}
const doc = pepSchema().nodeFromJSON(json)

/** The type and text of the JSON node a problem path names, walked the way the checks walk it. */
function jsonAt(path: readonly number[]): { type: string; text: string } {
  const node = path.reduce<DocNode>((parent, i) => parent.content![i]!, json)
  const text = (n: DocNode): string => n.text ?? (n.content ?? []).map(text).join('')
  return { type: node.type, text: text(node) }
}

describe('nodeAtPath', () => {
  it('finds, in the editor document, the very node each check problem points at', () => {
    const withPaths = check(json, {}, template, { today: new Date('2025-01-01') }).problems.filter((p) => p.path)
    expect(withPaths.map((p) => p.code)).toEqual(expect.arrayContaining(['links.scheme', 'links.bare-url', 'structure.code-language']))
    for (const problem of withPaths) {
      const target = nodeAtPath(doc, problem.path!)
      expect({ type: target?.node.type.name, text: target?.node.textContent }, problem.code).toEqual(jsonAt(problem.path!))
      expect(doc.nodeAt(target!.pos), problem.code).toBe(target!.node)
    }
  })

  it('returns undefined for a path the document no longer has', () => {
    expect(nodeAtPath(doc, [99])).toBeUndefined()
    expect(nodeAtPath(doc, [1, 5])).toBeUndefined()
  })
})

describe('sectionHeading and topLevelPosition', () => {
  it('finds a section heading by its template title, aliases included', () => {
    expect(sectionHeading(doc, template, 'Backwards Compatibility')?.pos).toBe(topLevelPosition(doc, 4))
    expect(sectionHeading(doc, template, 'Motivation')).toBeUndefined()
  })

  it('measures block starts in a freshly seeded document', () => {
    const seeded = pepSchema().nodeFromJSON(templateDocument(template))
    expect(topLevelPosition(seeded, 0)).toBe(0)
    expect(seeded.nodeAt(topLevelPosition(seeded, 2))?.textContent).toBe('Motivation')
  })
})

describe('hasTarget', () => {
  it('offers a jump for nodes, fields and present sections, not for a missing section', () => {
    expect(hasTarget({ code: 'section.empty', severity: 'error', message: '', section: 'Abstract', path: [0] })).toBe(true)
    expect(hasTarget({ code: 'preamble.pep.missing', severity: 'error', message: '', field: 'PEP' })).toBe(true)
    expect(hasTarget({ code: 'section.missing', severity: 'error', message: '', section: 'Motivation' })).toBe(false)
  })
})
