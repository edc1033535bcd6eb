import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { installedElectron } from '../../../main/packaging/electron-binary';
import { applyGlossFuses, GLOSS_FUSES } from '../../../main/packaging/fuses';

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
