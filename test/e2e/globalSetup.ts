import { ensureRendererBuilt } from '../../main/web/ensureRendererBuilt.ts';

/** Builds the renderer once before the servers start, so no two tests build it at once. */
export default async function globalSetup(): Promise<void> {
  await ensureRendererBuilt((line) => console.log(line));
}
