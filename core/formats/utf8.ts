import { strFromU8, strToU8 } from 'fflate';

/**
 * UTF-8 without TextEncoder/TextDecoder, which core/ cannot name (it is
 * type-checked without DOM or Node libraries); fflate's codec is pure JS.
 */
export function encodeUtf8(text: string): Uint8Array {
  return strToU8(text);
}

/** Decodes UTF-8, dropping a leading byte-order mark (Windows tools write one). */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = strFromU8(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
