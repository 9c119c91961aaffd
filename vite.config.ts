import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client lives in client/; the build goes to dist/client, which the game server serves.
// In dev, /api is proxied to the game server on PORT (default 2567); the game client itself talks to
// the game server directly (matchmaking and WebSocket), which allows this origin via CORS_ORIGINS.
const serverPort = Number(process.env.PORT ?? 2567);

export default defineConfig({
  root: 'client',
  publicDir: '../public',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Pages: the city (/), the staff console (/staff → dist/client/staff/index.html), the field app
    // (/pendataan/ → dist/client/pendataan/index.html) and Makaverse Lite (/lite → lite/index.html).
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'client/index.html'),
        staff: resolve(import.meta.dirname, 'client/staff/index.html'),
        pendataan: resolve(import.meta.dirname, 'client/pendataan/index.html'),
        lite: resolve(import.meta.dirname, 'client/lite/index.html'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://localhost:${serverPort}`,
    },
  },
});
