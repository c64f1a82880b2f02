import { importRst, pepSchema } from '@pepdraft/core'
import { describe, expect, it } from 'vitest'
import type { ComparePair } from '../../../cli/src/corpus/compare-doctrees.js'
import { itComesBackIdentical, roundTrip } from './doctree-round-trip.js'
import { pepSource, shape } from './pep-source.js'

function body(rst: string) {
  const result = importRst(pepSource(rst))
  pepSchema().nodeFromJSON(result.doc).check()
  return result
}

const content = (rst: string) => body(rst).doc.content ?? []


const HEADER_ROW =
  '.. list-table::\n   :header-rows: 1\n\n   * - Name\n     - Value\n   * - a\n     - Para one.\n\n       Para two.\n   * -\n     - - nested\n       - list\n'

describe('importRst reads a list-table export can write back', () => {
  it('reads `:header-rows: 1` as a first row of header cells, each cell parsed as blocks', () => {
    expect(content(HEADER_ROW).map((node) => shape(node))).toEqual([
      {
        table: [
          { tableRow: [{ tableHeader: [{ paragraph: ['Name'] }] }, { tableHeader: [{ paragraph: ['Value'] }] }] },
          { tableRow: [{ tableCell: [{ paragraph: ['a'] }] }, { tableCell: [{ paragraph: ['Para one.'] }, { paragraph: ['Para two.'] }] }] },
          {
            tableRow: [
              { tableCell: ['paragraph'] },
              { tableCell: [{ bulletList: [{ listItem: [{ paragraph: ['nested'] }] }, { listItem: [{ paragraph: ['list'] }] }] }] },
            ],
          },
        ],
      },
    ])
    expect(body(HEADER_ROW).warnings.filter((w) => w.code === 'kept-as-rst')).toEqual([])
  })

  it('reads a list-table without options, or with `:header-rows: 0`, as body cells only', () => {
    const plain = { table: [{ tableRow: [{ tableCell: [{ paragraph: ['a'] }] }, { tableCell: [{ paragraph: ['b'] }] }] }] }
    expect(content('.. list-table::\n\n   * - a\n     - b\n').map((node) => shape(node))).toEqual([plain])
    expect(content('.. LIST-TABLE::\n   :header-rows: 0\n\n   + * a\n     * b\n').map((node) => shape(node))).toEqual([plain])
  })

  it.each([
    ['a title', '.. list-table:: Title\n\n   * - a\n     - b\n'],
    ['`:name:`', '.. list-table::\n   :name: values\n   :widths: 25 75\n\n   * - a\n     - b\n'],
    ['`:class:`', '.. list-table::\n   :class: longtable\n\n   * - a\n     - b\n'],
    ['an option given twice (docutils: "duplicate option")', '.. list-table::\n   :widths: 25 75\n   :widths: 50 50\n\n   * - a\n     - b\n'],
    ['fewer widths than columns (docutils: "widths do not match")', '.. list-table::\n   :widths: 100\n\n   * - a\n     - b\n'],
    ['a width of zero', '.. list-table::\n   :widths: 0 100\n\n   * - a\n     - b\n'],
    ['widths that are not numbers', '.. list-table::\n   :widths: grid\n\n   * - a\n     - b\n'],
    ['two stub columns', '.. list-table::\n   :stub-columns: 2\n\n   * - a\n     - b\n     - c\n'],
    ['a stub column and no other column', '.. list-table::\n   :stub-columns: 1\n\n   * - a\n   * - b\n'],
    ['two header rows', '.. list-table::\n   :header-rows: 2\n\n   * - a\n   * - b\n   * - c\n'],
    ['a header row and no body row', '.. list-table::\n   :header-rows: 1\n\n   * - a\n'],
    ['rows of different lengths', '.. list-table::\n\n   * - a\n     - b\n   * - c\n'],
    ['a row that is not a list of cells', '.. list-table::\n\n   * - a\n   * text\n'],
    ['content after the list', '.. list-table::\n\n   * - a\n\n   After.\n'],
    ['content without a blank line before it (docutils reads it as a title)', '.. list-table::\n   * - a\n'],
    ['an empty row', '.. list-table::\n\n   *\n   * - a\n'],
    ['a row of two cell lists (two bullets)', '.. list-table::\n\n   * - a\n     + b\n'],
  ])('keeps a list-table with %s as source', (_, rst) => {
    const result = body(rst)
    expect(result.doc.content?.map((node) => node.type)).toEqual(['rstBlock'])
    expect(result.warnings.filter((w) => w.code === 'kept-as-rst')).toHaveLength(1)
  })
})

/** Each imported and exported alone: docutils must read the same doctree, and export is a fixed point. */
const SNIPPETS: Record<string, string> = {
  'list-table-header-row-and-block-cells': HEADER_ROW,
  'list-table-no-options-inside-a-list': '- Item:\n\n  .. list-table::\n\n     * - ``code``\n       - *emphasis* and a `link <https://example.org/>`_\n     * - x\n       - y\n',
  'list-table-header-rows-zero-with-other-bullets': '.. list-table::\n   :header-rows: 0\n\n   + * one\n     * two\n\n   + *\n     * .. note:: A note in a cell.\n',
  'list-table-widths-and-header-row': '.. list-table::\n   :widths: 25 75\n   :header-rows: 1\n\n   * - a\n     - b\n   * - c\n     - d\n',
  'list-table-widths-with-commas': '.. list-table::\n   :widths: 20, 30,50\n\n   * - a\n     - b\n     - c\n',
  'list-table-widths-auto': '.. list-table::\n   :header-rows: 1\n   :widths: auto\n\n   * - a\n     - b\n   * - c\n     - d\n',
  'list-table-stub-column-and-widths': '.. list-table::\n   :widths: 15 85\n   :stub-columns: 1\n\n   * - Name\n     - ``value``\n   * - Other\n     - Text.\n',
  'list-table-stub-column-and-header-row': '.. list-table::\n   :header-rows: 1\n   :stub-columns: 1\n\n   * - \n     - A\n     - B\n   * - one\n     - 1\n     - 2\n',
  'list-table-kept-with-a-title': '.. list-table:: Title\n   :widths: 25 75\n\n   * - a\n     - b\n',
}

describe('an imported list-table exports to the same docutils doctree', () => {
  const pairs: ComparePair[] = Object.entries(SNIPPETS).map(([name, rst]) => ({ name, original: pepSource(rst), exported: roundTrip(pepSource(rst)) }))
  itComesBackIdentical(pairs)

  for (const pair of pairs) {

    it(`${pair.name} exports the same text once imported again`, () => {
      expect(roundTrip(pair.exported)).toBe(pair.exported)
    })
  }

  it.each(['list-table-header-row-and-block-cells', 'list-table-widths-and-header-row', 'list-table-stub-column-and-widths'])('imports the re-exported %s as a table again', (name) => {
    const exported = pairs.find((pair) => pair.name === name)!.exported
    expect(importRst(exported).doc.content?.map((node) => node.type)).toEqual(['table'])
  })
})
