import { useState, type ChangeEvent } from 'react'

/**
 * The text of an import form: typed or pasted, or read from a chosen file, which replaces it (so
 * what is sent is always what is shown). `fileProblem` says why a chosen file is not accepted.
 */
export function useTextFile(fileProblem: (file: { name: string }) => string | undefined) {
  const [text, setText] = useState('')
  const [fileError, setFileError] = useState<string>()

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    setFileError(undefined)
    if (!file) return
    const problem = fileProblem(file)
    if (problem) {
      setFileError(problem)
      return
    }
    try {
      setText(await file.text())
    } catch {
      setFileError(`“${file.name}” could not be read. Check that it is still there and try again.`)
    }
  }

  return { text, setText, fileError, readFile }
}
