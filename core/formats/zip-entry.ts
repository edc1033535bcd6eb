import { DecodeUTF8, Inflate } from 'fflate';
import { ReadRefused } from './xml-read';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes inflated at a time: deflate expands at most about 1,032 times, so one step makes at most ~16 MB. */
const STEP_BYTES = 16 * 2 ** 10;

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

/**
 * Where one entry's compressed bytes lie in a zip and how they are packed,
 * found through the central directory (as unzipSync finds them), or a reason
 * why not. Sizes of 0xFFFFFFFF (zip64) are refused: the archives read here
 * are far below 4 GB.
 */
function locate(zip: Uint8Array, name: string): { method: number; data: Uint8Array } | string {
  let end = zip.length - 22;
  while (end >= 0 && u32(zip, end) !== END_OF_DIRECTORY) end--;
  if (end < 0) return 'has no zip directory';
  let at = u32(zip, end + 16);
  for (let i = u16(zip, end + 10); i > 0; i--) {
    if (u32(zip, at) !== DIRECTORY_ENTRY) return 'has a damaged zip directory';
    const nameLength = u16(zip, at + 28);
    const next = at + 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
    const entryName = String.fromCharCode(...zip.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) {
      const size = u32(zip, at + 20);
      const local = u32(zip, at + 42);
      if (size === 0xffffffff || local === 0xffffffff) return `"${name}" is stored as zip64, which is not read`;
      if (u32(zip, local) !== LOCAL_HEADER) return `"${name}" has a damaged header`;
      const start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
      if (start + size > zip.length) return `"${name}" runs past the end of the archive`;
      return { method: u16(zip, at + 10), data: zip.subarray(start, start + size) };
    }
    at = next;
  }
  return `has no "${name}"`;
}

/**
 * One zip entry's text, unpacked and decoded a step at a time, so that a
 * large entry never stands in memory whole: each piece can be read and let
 * go. Throws ReadRefused as soon as the bytes unpacked pass `limit` (a
 * header can lie about the size) or when the entry cannot be found; fflate's
 * own error when its bytes cannot be unpacked.
 */
export function* entryText(zip: Uint8Array, name: string, limit: number): Generator<string, void, undefined> {
  const found = locate(zip, name);
  if (typeof found === 'string') throw new ReadRefused(found);
  if (found.method !== STORED && found.method !== DEFLATED) throw new ReadRefused(`"${name}" is packed with method ${found.method}, which is not read`);
  const pieces: string[] = [];
  let unpacked = 0;
  let first = true;
  const decoder = new DecodeUTF8((text) => {
    // A byte-order mark (Windows tools write one) is not part of the text.
    pieces.push(first && text.startsWith('\uFEFF') ? text.slice(1) : text);
    if (text.length > 0) first = false;
  });
  const take = (bytes: Uint8Array, final: boolean) => {
    unpacked += bytes.length;
    if (unpacked > limit) throw new ReadRefused(`unpacks to more than ${limit} bytes`);
    decoder.push(bytes, final);
  };
  const inflate = new Inflate((bytes, final) => take(bytes, final));
  const { data } = found;
  for (let at = 0; at < data.length || at === 0; at += STEP_BYTES) {
    const step = data.subarray(at, at + STEP_BYTES);
    const final = at + STEP_BYTES >= data.length;
    if (found.method === STORED) take(step, final);
    else inflate.push(step, final);
    yield* pieces.splice(0);
  }
}
