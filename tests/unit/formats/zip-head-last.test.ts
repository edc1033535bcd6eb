import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { unzipSync, Zip, ZipDeflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Combine } from '../../../core/formats/crc32';
import { PLAIN_JS_PACKING, type Packing } from '../../../core/formats/packing';
import { HeadLastEntry } from '../../../core/formats/zip-head-last';
import { NATIVE_PACKING } from '../../../main/services/exchange/native-packing';

/** A zip with one ordinary entry, then a head-last entry made of `head` and `rest` pushed in pieces. */
function zipWithHeadLast(head: Uint8Array, rest: readonly Uint8Array[], packing: Packing): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const entry = new HeadLastEntry('project.qde', 1, packing);
  for (const piece of rest) entry.push(piece);
  const other = new ZipDeflate('sources/a.txt', { level: 1 });
  zip.add(other);
  other.push(new TextEncoder().encode('an article'), true);
  entry.addTo(zip, head);
  zip.end();
  return Buffer.concat(chunks);
}

/** The raw deflate data and CRC the archive's directory gives an entry. */
function rawEntry(zip: Uint8Array, name: string): { data: Buffer; crc: number; size: number } {
  const bytes = Buffer.from(zip);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let i = bytes.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = bytes.readUInt32LE(at + 42);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      return { data: bytes.subarray(start, start + bytes.readUInt32LE(at + 20)), crc: bytes.readUInt32LE(at + 16), size: bytes.readUInt32LE(at + 24) };
    }
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  throw new Error(`no ${name}`);
}

describe('crc32', () => {
  it.each([
    [0, 0],
    [0, 7],
    [1, 1],
    [300, 70_000],
    [70_000, 5],
  ])('of %i bytes then %i bytes: as zlib computes it, and combined from the parts', (first, second) => {
    const a = randomBytes(first);
    const b = randomBytes(second);
    const whole = Buffer.concat([a, b]);
    expect(crc32(whole)).toBe(zlibCrc32(whole) >>> 0);
    expect(crc32(b, crc32(a))).toBe(crc32(whole));
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(whole));
  });
});

describe('an entry whose head is written last', () => {
  // Node's zlib (as exports use) deflates each part on its own and joins them; fflate (core's own) deflates one stream.
  it.each([
    ['a short head', 'fflate', 200, PLAIN_JS_PACKING],
    ['a head longer than one stored block', 'fflate', 150_000, PLAIN_JS_PACKING],
    ['a short head', 'zlib', 200, NATIVE_PACKING],
    ['a head longer than one stored block', 'zlib', 150_000, NATIVE_PACKING],
  ] as const)('unpacks to the head then the rest, with the CRC and size of the whole (%s, by %s)', (_, _packer, headBytes, packing) => {
    const head = new Uint8Array(randomBytes(headBytes));
    const rest = Array.from({ length: 40 }, (_, i) => new TextEncoder().encode(`<TextSource n="${i}">${'words and more words '.repeat(i * 50)}</TextSource>`));
    const zip = zipWithHeadLast(head, rest, packing);
    const expected = Buffer.concat([head, ...rest]);
    expect(Buffer.from(unzipSync(zip)['project.qde'] ?? new Uint8Array()).equals(expected)).toBe(true);
    const raw = rawEntry(zip, 'project.qde');
    expect(inflateRawSync(raw.data).equals(expected)).toBe(true);
    expect(raw.crc).toBe(zlibCrc32(expected) >>> 0);
    expect(raw.size).toBe(expected.length);
    expect(new TextDecoder().decode(unzipSync(zip)['sources/a.txt'])).toBe('an article');
  });
});
