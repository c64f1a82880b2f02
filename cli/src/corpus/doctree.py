r"""What docutils reads from a PEP, as normalised pseudo-XML to compare a published PEP with
our re-export of it (compare_doctrees.py does the comparing).

Each text is parsed with docutils 0.19 the way the PEP reader does it (the RFC 2822 preamble
becomes a field list; the PEP `Headers` transform checks and links it; the standard
reference-resolving transforms run), WITHOUT the transforms that add docutils' own generated
content (peps.Contents, peps.TargetNotes, peps.PEPZero): those are not the author's.

Sphinx's `:pep:`title <8#anchor>`` and `:rfc:` forms become the links Sphinx makes. Other
Sphinx constructs plain docutils does not know (`:ref:`, `:class:`, `.. canonical-doc::`, ...)
parse into comparable nodes: any unknown role becomes <sphinx_role role=...> holding its raw
text, any unknown directive <sphinx_directive name=... arguments=... options=...> holding its
content, instead of an "Unknown interpreted text role" error.

The doctree is then dumped as normalised pseudo-XML. IGNORED, because it carries no meaning in
the rendered PEP (and nothing else is ignored: text, structure, rendered classes, URIs and
literal text all count):

  1. `source` and `line` attributes: where the node was in the file.
  2. Whitespace runs in text collapse to one space (kept at either end: it separates the text
     from its inline neighbour), outside literal_block, doctest_block,
     math_block and raw: line wrapping (docutils renders a newline in a paragraph as a space).
     Text is taken as docutils renders it (backslash escapes removed, so `\*` and `*` written
     where no markup starts are the same), adjacent text nodes joined.
  3. Auto-generated ids (`id3`, `footnote-reference-2`, `abstract-1`) are renumbered per prefix
     in order of appearance, in ids, refid and backrefs alike.
  4. bullet_list `bullet` (`-`, `*`, `+` render the same list) and enumerated_list `prefix` and
     `suffix` (PEP HTML renders `1.`, `(1)`, `1)` as the same <ol>).
  5. colspec `colwidth`, unless the table has the `colwidths-given` class: docutils derives it
     from the source column widths of a grid table and Sphinx/docutils' HTML5 writer only
     writes widths that were given explicitly (`:widths:`).
  6. External targets (`target` nodes with a `refuri`, written `.. _name: URL` or the
     `<URL>`_ half of an embedded reference) and the `name` and `anonymous` attributes of
     references that carry a `refuri`: once references are resolved, the rendered link (URI and
     text) is the same whether it was written named, anonymous or embedded, and an external
     target renders nothing.
  7. system_message nodes: messages of level >= 2 are compared separately (compare_doctrees.py); INFO
     messages (level 1) are not rendered.
  8. Empty comments (`..` alone, the docutils way to end a list or separate a literal block
     from a block quote) and paragraphs with no text (a table cell holding only `\ `): they
     render nothing. Comments with text are kept.
  9. Section title adornment and the preamble's header line breaks do not reach the doctree.

`python3 doctree.py FILE.rst` prints one file's normalised dump and its messages.
"""
import io
import re
import sys
import warnings

from docutils import nodes, utils
from docutils.frontend import OptionParser
from docutils.parsers import rst
from docutils.readers import pep
from docutils.transforms import peps
from docutils.writers import null

import sphinx_fallbacks

warnings.filterwarnings('ignore', category=DeprecationWarning)
sphinx_fallbacks.install()

SETTINGS = OptionParser(components=(pep.Reader, rst.Parser, null.Writer)).get_default_values()
SETTINGS.report_level = 5
SETTINGS.halt_level = 5
SETTINGS._disable_config = True

GENERATED = (peps.Contents, peps.TargetNotes, peps.PEPZero)
PRESERVE_SPACE = ('literal_block', 'doctest_block', 'math_block', 'raw')
AUTO_ID = re.compile(r'^(id|.+-)(\d+)$')
DROPPED_ATTRIBUTES = {'source', 'line', 'bullet', 'prefix', 'suffix', 'xml:space'}
ID_ATTRIBUTES = ('ids', 'refid', 'backrefs')


def parse(text):
    """(document, messages) or raises what the PEP reader raises."""
    settings = SETTINGS.copy()
    settings.warning_stream = io.StringIO()
    messages = []
    reader = pep.Reader()
    document = utils.new_document('<pep>', settings)
    document.reporter.attach_observer(
        lambda msg: messages.append('(%d) %s' % (msg['level'], message_text(msg))) if msg['level'] >= 2 else None)
    reader.parser.parse(text, document)
    document.transformer.populate_from_components((reader, reader.parser, null.Writer()))
    document.transformer.transforms = [t for t in document.transformer.transforms if t[1] not in GENERATED]
    document.transformer.apply_transforms()
    return document, messages


def message_text(msg):
    return ' '.join(child.astext() for child in msg.children if isinstance(child, nodes.paragraph))


def dump(document):
    """The normalised pseudo-XML, as a list of lines."""
    renumbered = {}
    counters = {}

    def renumber(value):
        match = AUTO_ID.match(value)
        if not match:
            return value
        if value not in renumbered:
            prefix = match.group(1)
            counters[prefix] = counters.get(prefix, 0) + 1
            renumbered[value] = '%s#%d' % (prefix, counters[prefix])
        return renumbered[value]

    lines = []

    def attributes(node, table_widths):
        out = []
        external = isinstance(node, nodes.reference) and 'refuri' in node
        for key in sorted(node.attributes):
            value = node.attributes[key]
            if key in DROPPED_ATTRIBUTES or value in ([], None, ''):
                continue
            if external and key in ('name', 'anonymous'):
                continue
            if key == 'colwidth' and not table_widths:
                continue
            if key in ID_ATTRIBUTES:
                value = [renumber(v) for v in value] if isinstance(value, list) else renumber(value)
            if isinstance(value, list):
                value = ' '.join(str(v) for v in value)
            out.append('%s="%s"' % (key, value))
        return ''.join(' ' + a for a in out)

    def walk(node, depth, preserve, table_widths):
        if isinstance(node, nodes.system_message):
            return
        if isinstance(node, nodes.target) and 'refuri' in node:
            return
        if (isinstance(node, (nodes.comment, nodes.paragraph)) and node.astext().strip() == ''
                and not any(isinstance(child, nodes.Element) for child in node.children)):
            return
        pad = '    ' * depth
        if isinstance(node, nodes.Text):
            raise AssertionError('text is dumped by its parent')
        if isinstance(node, nodes.table):
            table_widths = 'colwidths-given' in node['classes']
        preserve = preserve or node.tagname in PRESERVE_SPACE
        lines.append('%s<%s%s>' % (pad, node.tagname, attributes(node, table_widths)))
        text = None
        for child in node.children:
            if isinstance(child, nodes.Text):
                text = (text or '') + child.astext()
                continue
            flush(text, depth + 1, preserve)
            text = None
            walk(child, depth + 1, preserve, table_widths)
        flush(text, depth + 1, preserve)

    def flush(text, depth, preserve):
        if text is None:
            return
        if not preserve:
            # A space at either end still separates this text from its inline neighbour.
            lines.append('    ' * depth + re.sub(r'\s+', ' ', text))
        else:
            lines.extend('    ' * depth + line for line in text.split('\n'))

    walk(document, 0, False, False)
    return lines


def main():
    for path in sys.argv[1:]:
        with open(path, encoding='utf-8') as f:
            document, messages = parse(f.read())
        print('\n'.join(dump(document)))
        for message in messages:
            print('MESSAGE', message)


if __name__ == '__main__':
    main()
