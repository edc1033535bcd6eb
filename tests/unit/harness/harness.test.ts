import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../harness/server';
import { tempFolder } from '../services/workspace-helpers';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A stand-in for the built renderer, so this test does not need a build. */
async function start() {
  const folder = await tempFolder();
  const rendererDir = join(folder, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  harness = await startHarness({ workspace: join(folder, 'ws'), preferencesDir: join(folder, 'prefs'), rendererDir });
  return harness;
}

async function tokenOf(url: string): Promise<string> {
  const page = await (await fetch(url)).text();
  return /name="gloss-harness-token" content="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
}

describe('browser harness', () => {
  it('serves the page with the transport script and a strict CSP', async () => {
    const { url } = await start();
    const response = await fetch(url);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await response.text()).toMatch(/<script src="\/__harness\/transport\.js"><\/script>/);
  });

  it('answers API calls that carry the token, with the sample workspace', async () => {
    const { url } = await start();
    const response = await fetch(new URL('/api/getSession', url), {
      method: 'POST',
      headers: { 'x-gloss-token': await tokenOf(url) },
      body: '{}',
    });
    const result = await response.json();
    expect(result.ok).toBe(true);
    expect(result.value.documents).toHaveLength(3);
  });

  it('refuses API calls without the token', async () => {
    const { url } = await start();
    const response = await fetch(new URL('/api/getSession', url), { method: 'POST', headers: { 'x-gloss-token': 'guess' }, body: '{}' });
    expect(response.status).toBe(403);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { url } = await start();
    const { port } = new URL(url);
    const { request } = await import('node:http');
    const status = await new Promise<number>((done) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } }, (res) => done(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(421);
  });

  it('serves the page, which holds the token, only to a request that carries the token (another local web page cannot get it)', async () => {
    const { url } = await start();
    const token = new URL(url).searchParams.get('token') ?? '';
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    for (const path of ['/', '/index.html', '/?token=guess', `/?token=${token.slice(1)}`]) {
      const response = await fetch(new URL(path, url));
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      expect(await response.text()).not.toContain(token);
    }
    expect((await fetch(new URL(`/index.html?token=${token}`, url))).status).toBe(200);
  });

  it('serves no file outside the renderer folder', async () => {
    const { url } = await start();
    const response = await fetch(new URL('/..%2f..%2fpackage.json', url));
    expect(response.status).toBe(404);
  });
});
