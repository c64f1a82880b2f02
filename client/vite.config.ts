import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The collab server (npm run serve) answers the API and the WebSocket; the dev server only proxies.
const COLLAB_SERVER = process.env.PEPDRAFT_SERVER ?? 'http://127.0.0.1:1234'
const proxy = {
  '/api': { target: COLLAB_SERVER },
  '/collab': { target: COLLAB_SERVER, ws: true },
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    // collab-server serves the built client from client/dist.
    outDir: 'dist',
    emptyOutDir: true,
    // The editor chunk is ProseMirror + Yjs + the exporter (~710 kB, ~225 kB gzipped), loaded only
    // on draft pages; the start page stays small.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      onwarn(warning, warn) {
        // @tiptap/react marks itself "use client" for React Server Components; meaningless in a SPA.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return
        warn(warning)
      },
    },
  },
  server: { proxy },
  preview: { proxy },
})
