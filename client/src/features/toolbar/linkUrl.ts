export type LinkUrlResult = { ok: true; href: string } | { ok: false; message: string }

/** PEPs link to the web only: other schemes (javascript:, file:, mailto:) are refused with a reason. */
export function validateLinkUrl(input: string): LinkUrlResult {
  const value = input.trim()
  if (value === '') return { ok: false, message: 'Enter the address of the link.' }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { ok: false, message: `“${value}” is not a full web address. Links must start with http:// or https://.` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `Only http:// and https:// links are allowed, not ${url.protocol}` }
  }
  // Keep what the author typed: URL normalisation would add slashes they did not write.
  return { ok: true, href: value }
}
