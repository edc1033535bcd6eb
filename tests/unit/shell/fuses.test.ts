import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { applyGlossFuses, GLOSS_FUSES } from '../../../main/packaging/fuses';

/** The Electron binary, where one is installed (never downloaded by this test). */
function installedElectron(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

describe('Electron fuses for packaged builds', () => {
  it('turn off every way to run Gloss as something else, and require the integrity-checked archive', () => {
    expect(GLOSS_FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  const binary = installedElectron();
  it.skipIf(binary === null)('are really set in a copy of the Electron binary (skipped where none is installed)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'gloss-fuses-'));
    try {
      const copy = join(folder, basename(binary as string));
      await copyFile(binary as string, copy);
      await applyGlossFuses(copy);
      const wire = await getCurrentFuseWire(copy);
      expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
