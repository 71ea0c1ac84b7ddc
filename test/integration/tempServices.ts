import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type Services } from '../../main/services/createServices.ts';
import type { MarginHeadline } from '../../shared/marginView.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** Real services over a fresh database in a temporary folder; `dispose` closes and deletes it. */
export function tempServices(): Services & { dir: string; dbFile: string; dispose(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'scanline-'));
  const dbFile = join(dir, 'book.db');
  const services = createServices({
    dbFile,
    resourcesDir: join(repoRoot, 'resources'),
    workerEntry: new URL('../../main/worker/engineWorker.ts', import.meta.url),
    revalueEntry: new URL('../../main/worker/revalueSliceWorker.ts', import.meta.url),
  });
  return {
    ...services,
    dir,
    dbFile,
    dispose: async () => {
      await services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The next margin run the services publish. */
export function nextMargin(services: Pick<Services, 'events'>): Promise<MarginHeadline> {
  return new Promise((resolve) => {
    const off = services.events.on('marginUpdated', (m) => {
      off();
      resolve(m);
    });
  });
}
