#!/usr/bin/env node
// The CLI is TypeScript run through tsx's ESM loader, as the server is: no build step, so
// `npx pepdraft` works as soon as `npm install` has linked this file.
import { register } from 'tsx/esm/api'

register()
await import('../src/main.ts')
