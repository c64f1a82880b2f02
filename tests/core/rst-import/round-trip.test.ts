import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ComparePair } from '../../../cli/src/corpus/compare-doctrees.js'
import { itComesBackIdentical, roundTrip } from './doctree-round-trip.js'
import { pepSource } from './pep-source.js'

/** Real PEPs, copied from the published corpus, that must come back to the same doctree. */
const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/rst-import/', import.meta.url))

/** Block constructs, each imported and exported alone: docutils must read the same doctree. */
const SNIPPETS: Record<string, string> = {
  'titles-three-levels-and-a-fourth': 'One\n===\n\nTwo\n---\n\nThree\n~~~~~\n\nFour\n^^^^\n\nText.\n\nBack to One\n===========\n',
  'overlined-titles': '======\n Top\n======\n\nSub\n===\n\nText.\n',
  'literal-block-minimised': 'Example::\n\n    x = 1\n\n        y = 2\n\nAfter ::\n\n    z\n\n::\n\n    w\n',
  'code-block-languages': '.. code-block:: python\n\n   print(1)\n\n.. code:: c\n\n   int x;\n\n.. code-block::\n\n   plain\n',
  'bullet-lists-nested-and-loose': '* one\n* two\n\n  - nested\n  - nested too\n\n* three\n\n  More of three.\n',
  'enumerated-lists': '1. one\n2. two\n\n#. auto\n#. auto\n\n5. five\n6. six\n\na) alpha\nb) beta\n\n(i) roman\n(ii) roman\n',
  'two-lists-in-a-row': '- a\n- b\n\n+ c\n\n1. d\n\n3. e\n',
  'list-item-with-definition-list': '* Term\n    Definition.\n* Other\n',
  'block-quotes': '    A quote.\n\n        A deeper quote.\n\n    Back.\n\nText.\n\n    Quote with attribution.\n\n    -- Someone\n',
  'note-and-warning': '.. note:: Short note\n   on two lines.\n\n.. warning::\n\n   Careful:\n\n   - one\n   - two\n\n   Code::\n\n       x\n',
  'footnotes': 'Text [#first]_ and [#second]_ and [1]_ and [#]_.\n\n.. [#first] The first.\n\n.. [#second]\n   The second, on the next line.\n\n     With a quote.\n\n.. [1] Numbered.\n\n.. [#] Anonymous.\n',
  'tables': '=====  =====\nA      B\n=====  =====\nx      y\nz\n=====  =====\n\n+---+-----+\n| a | b   |\n+===+=====+\n| c | - d |\n|   | - e |\n+---+-----+\n\n+---+---+\n| spanning |\n+---+---+\n| f | g |\n+---+---+\n',
  'opaque-constructs': 'Term\n   Definition.\n\n:Field: value\n\n-a  option\n\n| line\n| block\n\n    A quote after a line block.\n\n>>> 1\n1\n\n----------\n\n.. _target: https://example.org/\n\n.. |sub| replace:: text\n\n.. a comment\n\n..\n\n    A quote after an empty comment.\n\n.. image:: picture.png\n',
  'targets-chained-and-folded': 'See a_, b_ and c_.\n\n.. _a:\n.. _b: https://example.org/b\n\n.. _c: https://example.org/c\n',
  'quoted-literal-block': 'Lines::\n\n* kept\n* as written\n\nAfter.\n',
}

describe('an imported PEP exports to the same docutils doctree', () => {
  const goldens = readdirSync(GOLDEN_DIR).filter((name) => name.endsWith('.rst')).sort()
  const pairs: ComparePair[] = [
    ...goldens.map((name) => {
      const original = readFileSync(`${GOLDEN_DIR}${name}`, 'utf8')
      return { name, original, exported: roundTrip(original) }
    }),
    ...Object.entries(SNIPPETS).map(([name, body]) => ({ name, original: pepSource(body), exported: roundTrip(pepSource(body)) })),
  ]
  itComesBackIdentical(pairs)

  for (const name of goldens) {
    it(`${name} exports the same text once imported again (export is a fixed point)`, () => {
      const exported = pairs.find((pair) => pair.name === name)!.exported
      expect(roundTrip(exported)).toBe(exported)
    })
  }
})
