/** Decodes UTF-8 strictly: a file in another encoding is refused, not garbled. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text');
  }
}

/** The UTF-16 encoding a byte-order mark names, if the bytes start with one. */
function utf16ByBom(bytes: Uint8Array): 'utf-16be' | 'utf-16le' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : null;
}

/**
 * Decodes a text file (.txt, .md): UTF-16 when a byte-order mark says so (as
 * Windows' Notepad saves "Unicode"), else strictly UTF-8, as web pages are.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16ByBom(bytes);
  if (!utf16) return decodeUtf8(bytes);
  try {
    return new TextDecoder(utf16, { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text, nor UTF-16 (what follows its byte-order mark is not UTF-16)');
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
  if (utf16ByBom(bytes)) return decodeText(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  // A <meta> that could be read at all is in an ASCII-compatible encoding, so one
  // declaring UTF-16 is wrong about itself: browsers read such a page as UTF-8 (HTML's
  // encoding sniffing rules), and so does Gloss.
  if (!declared || declared === 'utf-8' || declared === 'utf8' || declared.startsWith('utf-16')) return decodeUtf8(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    throw new Error(`the page declares a character set Gloss does not know (“${declared}”)`);
  }
  return decoder.decode(bytes);
}
