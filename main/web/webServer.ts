import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiEventName } from '../../shared/api.ts';
import { dispatchApiCall } from '../services/dispatchApiCall.ts';
import type { Services } from '../services/createServices.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

export interface WebServerOptions {
  services: Pick<Services, 'api' | 'events'>;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const maxBody = 80 * 1024 * 1024;

/**
 * Browser mode: the same Api the Electron IPC handlers call, over HTTP on 127.0.0.1 only.
 * Every Api call must carry the per-launch token (401 without one, 403 with a wrong one); the
 * page is served only to a URL with the token and carries it in a meta tag. Host headers other
 * than 127.0.0.1/localhost are refused (DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(token);
  const tokenState = (given: string | null | undefined): 'ok' | 'missing' | 'wrong' => {
    if (!given) return 'missing';
    const buf = Buffer.from(given);
    return buf.length === expected.length && timingSafeEqual(buf, expected) ? 'ok' : 'wrong';
  };
  const streams = new Set<ServerResponse>();
  const offEvents = options.services.events.onAny((event: ApiEventName, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(frame);
  });

  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host');
    if (url.pathname.startsWith('/api/')) {
      const state = url.pathname === '/api/events' ? tokenState(url.searchParams.get('token')) : tokenState(header(req, 'x-scanline-token'));
      if (state !== 'ok') return send(res, state === 'missing' ? 401 : 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'unauthorized', message: state === 'missing' ? 'the Scanline token is missing' : 'the Scanline token is wrong' } }));
      if (url.pathname === '/api/events') return openEventStream(res);
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'use POST');
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      let payload: unknown;
      try {
        payload = JSON.parse((await readBody(req)) || '{}');
      } catch (error) {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid-input', message: `request body: ${(error as Error).message}` } }));
      }
      const envelope = await dispatchApiCall(options.services.api, method, payload);
      const status = envelope.ok ? 200 : envelope.error.code === 'internal' ? 500 : envelope.error.code === 'not-found' || envelope.error.code === 'unknown-method' ? 404 : 400;
      return send(res, status, 'application/json', JSON.stringify(envelope));
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const state = tokenState(url.searchParams.get('token'));
      if (state !== 'ok') return send(res, state === 'missing' ? 401 : 403, 'text/plain; charset=utf-8', 'Open the address Scanline printed when it started (it carries the access token).');
      const html = await readFile(join(options.rendererDir, 'index.html'), 'utf8');
      return send(res, 200, contentTypes['.html']!, html.replace('<head>', `<head>\n    <meta name="scanline-token" content="${token}">`));
    }
    const file = normalize(join(options.rendererDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(options.rendererDir + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    try {
      const body = await readFile(file);
      return send(res, 200, contentTypes[extname(file)] ?? 'application/octet-stream', body, 'public, max-age=31536000, immutable');
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    }
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        offEvents();
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': cache,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new Error('request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
