"""Parse many reStructuredText files with docutils' PEP reader in one process.

Input (stdin, JSON): {"files": [{"name": str, "rst": str}, ...], "extract": bool}
Output (stdout, JSON): [{"name", "messages": [{"level", "line", "message"}], "error", "blocks"}]

Every system message of level >= 2 (WARNING) is reported, as `--halt=warning` would stop on it;
an exception (the PEP reader raises DataError on a malformed preamble) is reported as `error`.

With "extract", `blocks` lists the text of the body as docutils read it, taken from the doctree
*before* transforms (so the PEP reader's generated contents topic, target notes and footnote
numbers are not in it): one entry per text-bearing leaf element (paragraph, title, literal
block, term, ...), as [tagname, containers, text]. `containers` names the enclosing elements
among CONTAINERS (outermost first); titles carry their section depth as "section:N".
The RFC 2822 preamble (the first field list) is skipped.

Usage for experiments: python3 docutils_check.py FILE.rst ...
"""
import io
import json
import sys
import warnings

from docutils import nodes, utils
from docutils.frontend import OptionParser
from docutils.parsers import rst
from docutils.readers import pep
from docutils.writers import null

warnings.filterwarnings('ignore', category=DeprecationWarning)

CONTAINERS = ('bullet_list', 'enumerated_list', 'list_item', 'block_quote', 'table', 'entry',
              'note', 'warning', 'footnote', 'definition_list', 'field_list', 'option_list',
              'line_block', 'transition')

BASE_SETTINGS = OptionParser(components=(pep.Reader, rst.Parser, null.Writer)).get_default_values()
BASE_SETTINGS.report_level = 2
BASE_SETTINGS.halt_level = 5
BASE_SETTINGS._disable_config = True


def extract_blocks(document):
    blocks = []

    def walk(node, containers, depth):
        if isinstance(node, (nodes.comment, nodes.system_message, nodes.Invisible)):
            return
        if isinstance(node, nodes.field_list) and 'rfc2822' in node['classes']:
            return
        if isinstance(node, nodes.TextElement):
            kind = node.tagname
            where = list(containers)
            if isinstance(node, nodes.title):
                where.append('section:%d' % depth)
            # Phrase references with an embedded URI carry a name; standalone URIs, emails
            # and :pep:/:rfc: roles do not.
            links = [ref['refuri'] for ref in node.findall(nodes.reference)
                     if 'name' in ref and 'refuri' in ref]
            blocks.append([kind, where, node.astext(), links])
            return
        if isinstance(node, nodes.transition):
            blocks.append(['transition', list(containers), '', []])
            return
        inner = containers + [node.tagname] if node.tagname in CONTAINERS else containers
        inner_depth = depth + 1 if isinstance(node, nodes.section) else depth
        for child in node.children:
            walk(child, inner, inner_depth)

    walk(document, [], 0)
    return blocks


def check(name, text, extract):
    settings = BASE_SETTINGS.copy()
    stream = io.StringIO()
    settings.warning_stream = stream
    messages = []
    result = {'name': name, 'messages': messages, 'error': None}
    try:
        reader = pep.Reader()
        document = utils.new_document(name, settings)
        document.reporter.attach_observer(
            lambda msg: messages.append({
                'level': msg['level'],
                'line': msg.get('line'),
                'message': msg.astext(),
            }) if msg['level'] >= 2 else None)
        reader.parser.parse(text, document)
        if extract:
            result['blocks'] = extract_blocks(document)
        document.transformer.populate_from_components((reader, reader.parser, null.Writer()))
        document.transformer.apply_transforms()
    except Exception as exc:  # the PEP reader raises DataError on a malformed preamble
        result['error'] = '%s: %s' % (type(exc).__name__, exc)
    return result


def main():
    if len(sys.argv) > 1:
        files = [{'name': p, 'rst': open(p, encoding='utf-8').read()} for p in sys.argv[1:]]
        request = {'files': files, 'extract': True}
    else:
        request = json.load(sys.stdin)
    extract = bool(request.get('extract'))
    results = [check(f['name'], f['rst'], extract) for f in request['files']]
    json.dump(results, sys.stdout, ensure_ascii=False, indent=None if len(sys.argv) == 1 else 1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
