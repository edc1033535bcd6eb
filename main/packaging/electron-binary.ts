import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the installed Electron binary is, or null when none is: the electron
 * package names its binary in `path.txt` once its install script has
 * downloaded it. Read here instead of `require('electron')`, which starts a
 * download when the binary is missing.
 */
export function installedElectron(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

/** The one line `npm start` and `npm run dev` print instead of building when there is no binary to run. */
export const MISSING_ELECTRON =
  "Gloss cannot start: Electron's binary is not installed (npm install skipped it, or it could not be downloaded). " +
  'Get it with `npx install-electron --no` where electronjs.org can be reached, or open Gloss in a browser with `npm run harness -- --workspace <folder>`.';
