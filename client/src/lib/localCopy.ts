/** The IndexedDB database holding this browser's copy of a draft (y-indexeddb names one per doc). */
export function localCopyName(docId: string): string {
  return `pepdraft:${docId}`
}

/** Same as y-indexeddb's `clearDocument`, without loading Yjs into the start page. */
export function deleteLocalCopy(docId: string): void {
  try {
    indexedDB.deleteDatabase(localCopyName(docId))
  } catch {
    // IndexedDB disabled: there is no local copy to delete.
  }
}
