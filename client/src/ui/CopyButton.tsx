import { useEffect, useState } from 'react'

interface CopyButtonProps {
  text: string
  label: string
}

/** Copies `text`; falls back to a hidden textarea where the Clipboard API needs a secure context. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 2000)
    return () => clearTimeout(timer)
  }, [status])

  const copy = async () => {
    setStatus((await copyText(text)) ? 'copied' : 'failed')
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span aria-live="polite" className="copy-status">
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed — select the link and copy it' : ''}
      </span>
    </>
  )
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    const copied = document.execCommand('copy')
    area.remove()
    return copied
  }
}
