import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Vitest global setup: the browser tests need Debian's Chromium. When it is missing and we are
 * root, install it with apt-get; otherwise fail with what to install. Never skip silently.
 */
export default function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return
  const isRoot = process.getuid?.() === 0
  if (isRoot) {
    console.log('Chromium is missing: installing it with apt-get (Debian package "chromium")…')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}. Install it with "sudo apt-get install -y chromium" ` +
        '(or set CHROMIUM_PATH to a Chromium binary) and run "npm test" again.',
    )
  }
}
