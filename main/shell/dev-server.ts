const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's address (electron-vite sets ELECTRON_RENDERER_URL under
 * `npm run dev`), honoured only in a development build and only on this
 * machine: the page it serves counts as Gloss's own page, so a packaged app
 * told to load a page from elsewhere would hand that page the services.
 */
export function devServerUrl(given: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || given === undefined) return undefined;
  try {
    const url = new URL(given);
    return url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname) ? given : undefined;
  } catch {
    return undefined;
  }
}
