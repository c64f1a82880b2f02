import type { Editor } from '@tiptap/core'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { validateLinkUrl } from './linkUrl.js'

interface LinkDialogProps {
  editor: Editor
  onClose: () => void
}

/** Asks for a link address; opened from the Link button or Mod-K. */
export function LinkDialog({ editor, onClose }: LinkDialogProps) {
  const existing: unknown = editor.getAttributes('link').href
  const [url, setUrl] = useState(typeof existing === 'string' ? existing : 'https://')
  const [error, setError] = useState<string>()
  const inputRef = useRef<HTMLInputElement>(null)
  const errorId = useId()
  const isEditing = editor.isActive('link')

  useEffect(() => {
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [])

  const close = () => {
    onClose()
    editor.commands.focus()
  }

  const apply = (event: FormEvent) => {
    event.preventDefault()
    const result = validateLinkUrl(url)
    if (!result.ok) {
      setError(result.message)
      return
    }
    const { href } = result
    const chain = editor.chain().focus()
    if (isEditing) chain.extendMarkRange('link').setLink({ href }).run()
    else if (editor.state.selection.empty) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run()
    else chain.setLink({ href }).run()
    onClose()
  }

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onClose()
  }

  return (
    <div role="dialog" aria-label="Link" className="link-dialog">
      <form noValidate onSubmit={apply} onKeyDown={(event) => event.key === 'Escape' && close()}>
        <label className="link-dialog__field">
          <span>Link address</span>
          <input
            ref={inputRef}
            type="url"
            aria-label="Link URL"
            value={url}
            inputMode="url"
            spellCheck={false}
            aria-invalid={error !== undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setUrl(event.target.value)
              setError(undefined)
            }}
          />
        </label>
        <button type="submit" className="button button--primary">
          Apply link
        </button>
        {isEditing && (
          <button type="button" className="button" onClick={remove}>
            Remove link
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={close}>
          Cancel
        </button>
        {error && (
          <p id={errorId} role="alert" className="form-error link-dialog__error">
            {error}
          </p>
        )}
      </form>
    </div>
  )
}
