import { parseArgs } from 'node:util';
import { createServices } from '../services/createServices.ts';
import { defaultDbFile, resourcesDir } from '../services/defaultPaths.ts';
import { ensureRendererBuilt } from './ensureRendererBuilt.ts';
import { startWebServer, type WebServer } from './webServer.ts';

/**
 * Runs Scanline in browser mode: services, engine worker and SQLite as in the desktop app,
 * served on 127.0.0.1. Returns a function that shuts everything down cleanly.
 */
export async function serveBrowserMode(options: { port?: number; dbFile?: string; onReady?: (server: WebServer) => void }): Promise<() => Promise<void>> {
  const rendererDir = await ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));
  const services = createServices({
    dbFile: options.dbFile ?? defaultDbFile(),
    resourcesDir,
    workerEntry: new URL('../worker/engineWorker.ts', import.meta.url),
    revalueEntry: new URL('../worker/revalueSliceWorker.ts', import.meta.url),
  });
  const server = await startWebServer({ services, rendererDir, ...(options.port === undefined ? {} : { port: options.port }) });
  options.onReady?.(server);
  return async () => {
    await server.close();
    await services.close();
  };
}

/** Stops on Ctrl+C or SIGTERM: server, worker and database closed before the process exits. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, db: { type: 'string' } } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port: expected a port number from 0 to 65535, got "${values.port}"\n`);
    process.exit(2);
  }
  const stop = await serveBrowserMode({
    port,
    ...(values.db === undefined ? {} : { dbFile: values.db }),
    onReady: (server) => process.stdout.write(`Scanline is running at ${server.url}\n`),
  });
  stopOnSignals(stop);
}
