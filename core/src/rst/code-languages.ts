/**
 * PEP 12: `.. code-block:: <language>` takes a Pygments short name, `text` for none. docutils
 * warns "No Pygments lexer found" for any other name (the python/peps build fails on it), so
 * only names checked against Pygments are written (tests/core/rst/oracle.test.ts parses each).
 * Sphinx also knows `none` and python/peps registers `peg`; plain docutils needs the mapping.
 */
export const CODE_LANGUAGES: readonly string[] = [
  'abnf', 'bash', 'batch', 'bnf', 'c', 'c++', 'cfg', 'clojure', 'cmake', 'console', 'cpp', 'csharp',
  'css', 'cython', 'dart', 'diff', 'docker', 'dockerfile', 'doscon', 'ebnf', 'elixir', 'email', 'erlang',
  'fortran', 'go', 'graphql', 'haskell', 'html', 'http', 'ini', 'java', 'javascript', 'js', 'json',
  'json5', 'julia', 'kotlin', 'latex', 'llvm', 'lua', 'make', 'markdown', 'nginx', 'objective-c', 'ocaml',
  'peg', 'perl', 'php', 'powershell', 'py', 'pycon', 'pytb', 'python', 'python3', 'rst', 'ruby', 'rust',
  'scala', 'sh', 'shell', 'sql', 'swift', 'tex', 'text', 'toml', 'ts', 'typescript', 'xml', 'yaml', 'zig',
]

/** Names authors use that Pygments spells otherwise. */
const ALIASES: Readonly<Record<string, string>> = {
  none: 'text',
  plain: 'text',
  plaintext: 'text',
  txt: 'text',
  'python-console': 'pycon',
  pyrepl: 'pycon',
  'c#': 'csharp',
  yml: 'yaml',
  zsh: 'bash',
}

/** The Pygments name to write for `language`, or `undefined` when Pygments does not know it. */
export function codeLanguage(language: string): string | undefined {
  const name = language.trim().toLowerCase()
  if (name === '') return 'text'
  const known = ALIASES[name] ?? name
  return CODE_LANGUAGES.includes(known) ? known : undefined
}
