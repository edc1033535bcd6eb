import { decodePath, resolveInside } from '../services/files/resolve-inside';

/**
 * The packaged renderer is served from a custom, privileged scheme rather than
 * file://, so the page has a real origin to check IPC senders and navigation
 * against, and can reach no file outside the renderer folder.
 */
export const APP_SCHEME = 'gloss';
const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Maps an app URL to a file inside `rendererDir`, or null for anything else:
 * another host, a path that climbs out of the folder, a malformed escape.
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'app') return null;
  const pathname = decodePath(parsed.pathname);
  return pathname === null ? null : resolveInside(rendererDir, pathname);
}

/**
 * True for the app's own pages, and for the dev server's while developing.
 * Compares scheme and host rather than `URL.origin`, which is "null" for a
 * custom scheme outside Electron.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  const origin = (value: string) => {
    const parsed = new URL(value);
    return `${parsed.protocol}//${parsed.host}`;
  };
  try {
    return origin(url) === APP_ORIGIN || (devServerUrl !== undefined && origin(url) === origin(devServerUrl));
  } catch {
    return false;
  }
}
