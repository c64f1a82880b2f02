import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const CORE_SRC = fileURLToPath(new URL('../../../core/src/', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

/** The module specifiers of every import, export-from and dynamic import in `source`. */
function importsOf(source: string): string[] {
  const specifiers: string[] = []
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]/g))
    specifiers.push(match[1]!)
  for (const match of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) specifiers.push(match[1]!)
  for (const match of source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]!)
  return specifiers
}

/** A line without its quoted strings ('./nodes/document.js' is a path, not the DOM) and comments. */
function withoutStringsAndComments(line: string): string {
  return line.replace(/(['"])(?:\\.|(?!\1).)*\1/g, "''").replace(/\/\/.*$|^\s*\*.*$/, '')
}

/** STYLE.md rule 1: core runs in the browser and in Node alike. */
const FORBIDDEN = /^(?:react(?:-dom)?(?:\/.*)?|ws|node:.*|fs|path|os|child_process|http|https|net|crypto)$/

describe('core/src', () => {
  const files = sourceFiles(CORE_SRC)

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  it('imports no React, no ws and no Node built-ins', () => {
    const offending = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf-8'))
        .filter((specifier) => FORBIDDEN.test(specifier))
        .map((specifier) => `${relative(CORE_SRC, file)}: ${specifier}`),
    )
    expect(offending).toEqual([])
  })

  it('uses no DOM globals (document., window.)', () => {
    const offending = files.flatMap((file) =>
      readFileSync(file, 'utf-8')
        .split('\n')
        .map((line, i) => ({ line: withoutStringsAndComments(line), i }))
        .filter(({ line }) => /(?<![\w.])(?:document|window)\./.test(line))
        .map(({ i }) => `${relative(CORE_SRC, file)}:${i + 1}`),
    )
    expect(offending).toEqual([])
  })

  it('is read by helpers that would catch a forbidden import or DOM use', () => {
    expect(withoutStringsAndComments("import { D } from './nodes/document.js' // window.x")).toBe(
      "import { D } from '' ",
    )
    expect(withoutStringsAndComments('const t = document.title')).toContain('document.')
    expect(
      importsOf("import { x } from 'node:fs'\nimport 'ws'\nexport * from 'react'\nconst m = await import('node:path')"),
    ).toEqual(['node:fs', 'react', 'ws', 'node:path'])
  })
})
