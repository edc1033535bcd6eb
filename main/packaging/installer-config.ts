import { Arch, type AfterPackContext, type Configuration } from 'electron-builder';
import { GLOSS_FUSES } from './fuses';

/**
 * Flips Gloss's fuses in the packaged Electron binary. electron-builder runs
 * afterPack before it signs, which is when fuses must be flipped; on Apple
 * silicon the ad-hoc signature the flip invalidates is reset.
 */
export async function flipFusesAfterPack(context: AfterPackContext): Promise<void> {
  const appleSilicon = context.electronPlatformName === 'darwin' && context.arch === Arch.arm64;
  await context.packager.addElectronFuses(context, { ...GLOSS_FUSES, resetAdHocDarwinSignature: appleSilicon });
}

/**
 * How `npm run dist` packages Gloss: the built app (out/) in an ASAR archive,
 * whose integrity Electron checks at start (the EnableEmbeddedAsarIntegrityValidation
 * and OnlyLoadAppFromAsar fuses; electron-builder records the archive's hash
 * in the macOS and Windows executables), as AppImage and deb on Linux, dmg on
 * macOS and an NSIS installer on Windows.
 */
export const INSTALLER_CONFIG: Configuration = {
  appId: 'app.gloss.workbench',
  productName: 'Gloss',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**/*', 'package.json'],
  asar: true,
  afterPack: flipFusesAfterPack,
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  deb: { maintainer: 'Gloss <gloss@users.noreply.github.com>' },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  publish: null,
};
