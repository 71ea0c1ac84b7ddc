import { defineConfig } from 'vite';

// The renderer is a static bundle: Electron loads it from disk, browser mode serves it from
// out/renderer. Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: true,
  },
  // Always React's production build, whoever triggers the build (the test runner sets NODE_ENV=test).
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', development: false } },
});
