import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The Electron binary, or why there is none. The electron package downloads
 * it on first use; where downloads are off (ELECTRON_SKIP_BINARY_DOWNLOAD) or
 * impossible, the smoke test is skipped rather than failed.
 */
function electronBinary(): { path: string } | { missing: string } {
  const packageDir = join(ROOT, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (process.env['ELECTRON_SKIP_BINARY_DOWNLOAD'] && !existsSync(pathFile)) {
    return { missing: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set and no Electron binary is installed' };
  }
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? { path } : { missing: 'the electron package gave no binary' };
  } catch (error) {
    return { missing: `the Electron binary could not be downloaded (${error instanceof Error ? error.message : String(error)})` };
  }
}

test('the real app opens the sample workspace in a locked-down window', async () => {
  const binary = electronBinary();
  if ('missing' in binary) {
    console.warn(`Electron smoke test skipped: ${binary.missing}.`);
    test.skip(true, `no Electron binary here: ${binary.missing}`);
    return;
  }
  test.skip(!existsSync(join(ROOT, 'out/main/index.js')), 'Skipped: run "npm run build" first.');

  const userData = await mkdtemp(join(tmpdir(), 'gloss-electron-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [ROOT, `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('navigation', { name: 'Documents' }).getByRole('listitem')).toHaveCount(3);
    const exposed = await window.evaluate(() => {
      const page = globalThis as { gloss?: { getSession?: unknown }; require?: unknown; process?: unknown };
      return { api: typeof page.gloss?.getSession, require: typeof page.require, process: typeof page.process };
    });
    expect(exposed).toEqual({ api: 'function', require: 'undefined', process: 'undefined' });
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
