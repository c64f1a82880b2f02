"""Compare, for each file, docutils' reading of a published PEP and of our re-export of it.

A re-export "does not parse" when the PEP reader raises on it, or it has system messages of
level >= 2 that the original did not have (compared by text, without line numbers). Otherwise
the two normalised pseudo-XML dumps (doctree.py lists what is ignored) are identical or not.

Protocol: stdin JSON {"items": [{"name", "original", "exported"}], "diff_lines": int,
"cache": dir|null}; stdout JSON [{"name", "status", "reason", "diff", "changes", "messages",
"error"}], status one of identical, different, unparsable, original-unparsable. Originals are
cached by content (and this code's version): they do not change between runs.
"""
import difflib
import hashlib
import json
import os
import pathlib
import re
import sys

import doctree

HERE = os.path.dirname(os.path.abspath(__file__))
VERSION = hashlib.sha256(b''.join(
    pathlib.Path(HERE, name).read_bytes() for name in ('doctree.py', 'sphinx_fallbacks.py'))).hexdigest()[:16]


def read(text, cache):
    """{'dump', 'messages', 'error'} for one text, cached by content when `cache` is a directory."""
    key = None
    if cache:
        key = os.path.join(cache, hashlib.sha256((VERSION + text).encode('utf-8')).hexdigest() + '.json')
        try:
            with open(key, encoding='utf-8') as f:
                return json.load(f)
        except (OSError, ValueError):
            pass
    try:
        document, messages = doctree.parse(text)
        result = {'dump': doctree.dump(document), 'messages': messages, 'error': None}
    except Exception as exc:  # the PEP reader raises DataError on a malformed preamble
        result = {'dump': [], 'messages': [], 'error': '%s: %s' % (type(exc).__name__, str(exc).split('\n')[0])}
    if key:
        # Engineers share the cache and may run the corpus at once: write whole files only.
        os.makedirs(cache, exist_ok=True)
        temporary = '%s.%d.tmp' % (key, os.getpid())
        with open(temporary, 'w', encoding='utf-8') as f:
            json.dump(result, f)
        os.replace(temporary, key)
    return result


def compare(item, diff_lines, cache):
    original = read(item['original'], cache)
    exported = original if item['exported'] == item['original'] else read(item['exported'], None)
    result = {'name': item['name'], 'status': 'identical', 'reason': '', 'diff': [], 'changes': 0, 'messages': [],
              'error': None}
    if original['error']:
        result.update(status='original-unparsable', reason='original', error=original['error'])
        return result
    if exported['error']:
        result.update(status='unparsable', reason='raises', error=exported['error'])
        return result
    new = [m for m in exported['messages'] if m not in original['messages']]
    if new:
        result.update(status='unparsable', reason='messages', messages=new)
    if original['dump'] != exported['dump']:
        diff = list(difflib.unified_diff(original['dump'], exported['dump'], 'original', 'exported', n=2, lineterm=''))
        result['diff'] = diff[2:2 + diff_lines]
        result['changes'] = sum(1 for line in diff[2:] if line[:1] in '-+')
        if result['status'] == 'identical':
            result.update(status='different', reason=first_difference(diff[2:]))
    return result


def first_difference(diff):
    """The tag of the first changed line (or `text`), a cheap guess at what went wrong."""
    for line in diff:
        if line[:1] in '-+' and not line.startswith(('---', '+++')):
            match = re.match(r'\s*<(\w+)', line[1:])
            return match.group(1) if match else 'text'
    return 'unknown'


def main():
    request = json.load(sys.stdin)
    diff_lines = int(request.get('diff_lines', 12))
    cache = request.get('cache')
    results = [compare(item, diff_lines, cache) for item in request['items']]
    json.dump(results, sys.stdout, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
