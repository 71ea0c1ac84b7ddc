import { ensureRendererBuilt } from '../web/ensureRendererBuilt.ts';
import { buildElectron } from './buildElectron.ts';

/** `npm run build`: the renderer (Vite) and the Electron bundles (esbuild) into out/. */
await ensureRendererBuilt((line) => console.log(line));
console.log(`Electron bundles written to ${await buildElectron()}`);
