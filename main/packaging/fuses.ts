import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * Electron's fuses for a packaged Gloss: switches compiled into the Electron
 * binary that no command-line flag or environment variable can turn back on.
 * Gloss never runs as plain Node, takes no Node options or inspector flags,
 * encrypts its cookies, loads its code only from its integrity-checked ASAR
 * archive, and gives file:// no extra rights (it serves the UI from gloss://).
 */
export const GLOSS_FUSES: FuseV1Config = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Flips the fuses of the Electron binary about to be shipped; run by the packaging step. */
export async function applyGlossFuses(electronBinary: string): Promise<void> {
  await flipFuses(electronBinary, GLOSS_FUSES);
}
