import type { DocNode } from '../document/json.js'
import { childPath, type WarningSink } from './warnings.js'

/**
 * docutils: `[#label]_` is recognised only when `label` is a simple reference name (letters and
 * digits with single `-._+:` between them), and labels match case-insensitively.
 */
export function footnoteLabel(raw: string): string {
  const label = raw.normalize('NFC')
  // Already a simple reference name (`exec_module_target`, `h.p.o`): kept, so an imported PEP's
  // footnote names stay what they were.
  if (SIMPLE_NAME.test(label)) return label
  return label
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/** docutils `Inliner.simplename`: alphanumerics with isolated internal `-._+:`. */
const SIMPLE_NAME = /^[\p{L}\p{N}]+(?:[-._+:][\p{L}\p{N}]+)*$/u

/** The footnotes of a document: the label each one is written with, and which are referenced. */
export interface FootnoteIndex {
  /** Final label of each footnote node. */
  labels: Map<DocNode, string>
  /** Warning path of each footnote, by final label. */
  paths: Map<string, string>
  /** Lower-cased label as referenced → final label of the footnote it points to. */
  targets: Map<string, string>
  /** Final labels some reference points to. */
  referenced: Set<string>
}

export function indexFootnotes(doc: DocNode, sink: WarningSink): FootnoteIndex {
  const index: FootnoteIndex = { labels: new Map(), paths: new Map(), targets: new Map(), referenced: new Set() }
  const used = new Set<string>()
  let unnamed = 0
  const visit = (node: DocNode, path: string): void => {
    if (node.type === 'footnote') {
      const raw = typeof node.attrs?.label === 'string' ? node.attrs.label : ''
      const base = footnoteLabel(raw) || `footnote-${++unnamed}`
      let label = base
      for (let n = 2; used.has(label.toLowerCase()); n++) label = `${base}-${n}`
      if (label !== raw) {
        sink.warn('footnote-label', `Footnote "${raw}" is written as [#${label}]: labels must be unique reference names.`, path)
      }
      used.add(label.toLowerCase())
      index.labels.set(node, label)
      index.paths.set(label, path)
      if (!index.targets.has(base.toLowerCase())) index.targets.set(base.toLowerCase(), label)
    }
    node.content?.forEach((child, i) => visit(child, childPath(path, i)))
  }
  visit(doc, '')
  return index
}

/** The label a `[#ref]_` is written with, or `undefined` when no footnote has it. */
export function resolveReference(index: FootnoteIndex, raw: string): string | undefined {
  const label = index.targets.get(footnoteLabel(raw).toLowerCase())
  if (label !== undefined) index.referenced.add(label)
  return label
}
