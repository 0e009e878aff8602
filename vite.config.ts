import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { previewNotFound } from './scripts/server/notFound.ts';
import { securityHeaders } from './scripts/server/securityHeaders.ts';

// Relative base so the built app works from any folder or sub-path, and so
// nothing is ever resolved against an outside origin.
export default defineConfig({
  base: './',
  // Headers first, so a 404 carries them too.
  plugins: [react(), securityHeaders(), previewNotFound()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    // Two pages: the app, and the embed page other sites may frame (issue 12).
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
