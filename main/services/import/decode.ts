/** Decodes UTF-8 strictly: a file in another encoding is refused, not garbled. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text');
  }
}

/** Browsers look for `<meta charset>` in the first 1024 bytes; saved pages keep it there too. */
const CHARSET_SNIFF_BYTES = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decodes a saved web page: a byte-order mark or a `<meta charset>` declaring
 * another encoding (older news sites still serve windows-1252 or Shift_JIS)
 * wins; otherwise the page must be UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const hasBom = bytes.length >= 2 && ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe));
  if (hasBom) return new TextDecoder(bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!declared || declared === 'utf-8' || declared === 'utf8') return decodeUtf8(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    throw new Error(`the page declares a character set Gloss does not know (“${declared}”)`);
  }
  return decoder.decode(bytes);
}
