import { resolve, sep } from 'node:path';

/**
 * Resolves a URL path (already decoded) against a folder, or returns null when
 * the result would lie outside it: `..`, absolute paths and the like.
 */
export function resolveInside(folder: string, urlPath: string): string | null {
  const root = resolve(folder);
  const file = resolve(root, '.' + (urlPath === '/' ? '/index.html' : urlPath));
  return file.startsWith(root + sep) ? file : null;
}

/** decodeURIComponent that answers null for a malformed escape instead of throwing. */
export function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
