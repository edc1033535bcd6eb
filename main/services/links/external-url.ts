/**
 * The only links Gloss will hand to the operating system: absolute http or
 * https URLs without embedded credentials. Anything else an article carries
 * (javascript:, data:, file:, custom schemes) is refused.
 */
export function toExternalUrl(raw: string): string | null {
  if (raw.length > 8000) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  return url.href;
}
