import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './tempServices.ts';

const dir = mkdtempSync(join(tmpdir(), 'scanline-serve-'));
const dbFile = join(dir, 'book.db');
const child = spawn(process.execPath, ['main/web/serve.ts', '--port', '0', '--db', dbFile], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
let stdout = '';
let base = '';
let token = '';

/** A raw HTTP call, so the Host header can be set as an attacker's page would. */
function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path: url.pathname + url.search, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve did not print its address')), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /^Scanline is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))\n$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        base = match[1]!;
        token = match[2]!;
        resolve();
      }
    });
  });
}, 70_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run serve (browser mode)', () => {
  it('prints exactly one line with the address and token, bound to 127.0.0.1', () => {
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('serves the page only with the token, and the page carries it', async () => {
    expect((await call('/')).status).toBe(401);
    expect((await call('/?token=wrong')).status).toBe(403);
    const page = await call(`/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="scanline-token" content="${token}">`);
  });

  it('refuses every Api call without the right token', async () => {
    const post = (headers: Record<string, string>) => call('/api/getBook', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-scanline-token': 'x'.repeat(32) })).status).toBe(403);
    expect((await call('/api/events')).status).toBe(401);
    const ok = await post({ 'x-scanline-token': token });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).value.accounts).toHaveLength(3);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await call('/api/getBook', { method: 'POST', headers: { host: 'evil.example:80', 'x-scanline-token': token }, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('answers bad payloads with 400 and the field at fault', async () => {
    const res = await call('/api/updatePosition', { method: 'POST', headers: { 'x-scanline-token': token }, body: '{"positionId":1,"field":"quantity","value":"x"}' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toBe('updatePosition: value: expected a number');
  });

  it('shuts down cleanly on Ctrl+C: exit code 0, database closed and checkpointed', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    // SQLite removes the WAL file when the last connection closes cleanly.
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
    expect(existsSync(dbFile)).toBe(true);
  });
});
