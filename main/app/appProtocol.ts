import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../web/contentSecurityPolicy.ts';

/** The renderer is served from `app://scanline/` so the CSP header applies and 'self' means us. */
export const appScheme = 'app';
export const appOrigin = 'app://scanline';

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

export function isAppUrl(url: string): boolean {
  return url === appOrigin || url.startsWith(`${appOrigin}/`);
}

/** Serves files of `rendererDir` under app://scanline/, with the CSP on every response. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const { host, pathname } = new URL(request.url);
    const file = normalize(join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (host !== 'scanline' || !file.startsWith(rendererDir + sep)) return new Response('not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { headers: { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': contentSecurityPolicy } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
