/**
 * The renderer's Content-Security-Policy. The app page may run only its own
 * bundled scripts and styles and reach nothing on the network: no inline
 * script, no eval, no fetch outside the app. It is served as a header with
 * every app file (protocol.ts) and carried by the page itself (a meta tag in
 * renderer/index.html, which cannot hold frame-ancestors).
 */
const APP_DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = [...APP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** What the page's meta tag holds: the same policy, less what a meta tag cannot carry. */
export const META_CONTENT_SECURITY_POLICY = APP_DIRECTIVES.join('; ');

/**
 * For `npm run dev` only, never in a build: Vite's dev server puts React
 * Refresh's preamble in an inline script, styles in inline <style> tags, and
 * talks to the page over a WebSocket on localhost.
 */
export const DEV_CONTENT_SECURITY_POLICY = META_CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");

/** The page with its meta policy swapped for the dev server's; a page without the app's policy is refused. */
export function withDevPolicy(html: string): string {
  const meta = `content="${META_CONTENT_SECURITY_POLICY}"`;
  if (!html.includes(meta)) throw new Error("renderer/index.html does not carry the app's Content-Security-Policy");
  return html.replace(meta, `content="${DEV_CONTENT_SECURITY_POLICY}"`);
}
