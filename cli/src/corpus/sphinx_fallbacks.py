"""Make plain docutils 0.19 read the Sphinx constructs published PEPs use, as comparable nodes.

python/peps builds with Sphinx; docutils alone reports `:ref:`, `:class:`, `.. canonical-doc::`
and the like as errors and keeps only a `problematic` node, so a change in them would go
unnoticed. Here any unknown role becomes <sphinx_role role=...> holding its text, any unknown
directive <sphinx_directive name arguments options> holding its content, Sphinx's
`:pep:`title <8#anchor>`` form becomes the link Sphinx makes, and code-block takes Sphinx's
options. `install()` patches docutils' role and directive lookups once per process.
"""
import re

from docutils import nodes, utils
from docutils.parsers import rst
from docutils.parsers.rst import Directive, directives, roles
from docutils.parsers.rst.directives import body


class sphinx_role(nodes.Inline, nodes.TextElement):
    """A role plain docutils does not know (`:ref:`, `:class:`...): name and text."""


class sphinx_directive(nodes.General, nodes.Element):
    """A directive plain docutils does not know: name, arguments, options and content."""


class AnyOption(dict):
    def __missing__(self, key):
        return directives.unchanged


class GenericDirective(Directive):
    required_arguments = 0
    optional_arguments = 1
    final_argument_whitespace = True
    # Not empty, or docutils would not read an option block at all; any name is accepted.
    option_spec = AnyOption(class_=directives.unchanged)
    has_content = True

    def run(self):
        options = ';'.join('%s=%s' % (k, ' '.join(str(v or '').split())) for k, v in sorted(self.options.items()))
        node = sphinx_directive(name=self.name, arguments=' '.join(' '.join(self.arguments).split()),
                                options=options)
        content = '\n'.join(line.rstrip() for line in self.content).strip('\n')
        if content:
            node += nodes.literal_block(content, content)
        return [node]


class SphinxCodeBlock(body.CodeBlock):
    """docutils' code-block also taking Sphinx's options, kept as an attribute so they count."""
    SPHINX_OPTIONS = ('force', 'emphasize-lines', 'caption', 'dedent', 'linenos', 'lineno-start')
    option_spec = dict(body.CodeBlock.option_spec, **{name: directives.unchanged for name in SPHINX_OPTIONS})

    def run(self):
        result = super().run()
        given = ';'.join('%s=%s' % (k, self.options[k] or '') for k in self.SPHINX_OPTIONS if k in self.options)
        if given and result:
            result[0]['sphinx_options'] = given
        return result


SPHINX_TITLED = re.compile(r'^(.*?)\s*<(\d+)(#\S*)?>$', re.S)
SPHINX_ANCHORED = re.compile(r'^(\d+)(#\S+)$')


def sphinx_number_role(kind, plain):
    """Sphinx's `:pep:`title <8#anchor>`` and `:pep:`8#anchor`` forms; the rest as docutils does."""
    def role_fn(role, rawtext, text, lineno, inliner, options=None, content=None):
        settings = inliner.document.settings
        bare = utils.unescape(text)
        titled = SPHINX_TITLED.match(bare)
        anchored = SPHINX_ANCHORED.match(bare)
        if not (titled or anchored):
            return plain(role, rawtext, text, lineno, inliner, options, content)
        title, number, anchor = titled.groups() if titled else ('%s %s' % (kind, bare), *anchored.groups())
        base = (settings.pep_base_url + settings.pep_file_url_template % int(number) if kind == 'PEP'
                else settings.rfc_base_url + inliner.rfc_url % int(number))
        return [nodes.reference(rawtext, title, refuri=base + (anchor or ''))], []
    return role_fn


def install():
    plain_role = roles.role
    plain_directive = directives.directive

    def role_with_fallback(role_name, language_module, lineno, reporter):
        found, messages = plain_role(role_name, language_module, lineno, reporter)
        if found is not None:
            return found, messages
        name = role_name.lower()

        def generic(role, rawtext, text, lineno, inliner, options=None, content=None):
            return [sphinx_role(rawtext, utils.unescape(text, True), role=name)], []
        return generic, messages

    def directive_with_fallback(directive_name, language_module, document):
        found, messages = plain_directive(directive_name, language_module, document)
        return (found or GenericDirective), messages

    roles.register_canonical_role('pep-reference', sphinx_number_role('PEP', roles.pep_reference_role))
    roles.register_canonical_role('rfc-reference', sphinx_number_role('RFC', roles.rfc_reference_role))
    directives.register_directive('code-block', SphinxCodeBlock)
    directives.register_directive('sourcecode', SphinxCodeBlock)
    # states.py looks both up through its own module references.
    roles.role = rst.states.roles.role = role_with_fallback
    directives.directive = rst.states.directives.directive = directive_with_fallback
