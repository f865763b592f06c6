import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const dkfdsDist = path.resolve(import.meta.dirname, 'node_modules/dkfds/dist/');

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  // dkfds exports only its JS in package.json; point straight at its dist for the CSS, fonts and icons.
  resolve: { alias: [{ find: /^dkfds\/dist\/(.*)$/, replacement: `${dkfdsDist}/$1` }] },
  build: { outDir: path.resolve(import.meta.dirname, 'dist/web'), emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
});
