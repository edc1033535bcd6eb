import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { unzipSync, Zip, ZipDeflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32Combine } from '../../../core/formats/crc32';
import { HeadLastEntry } from '../../../core/formats/zip-head-last';
import { NATIVE_PACKING } from '../../../main/services/exchange/native-packing';

/**
 * A zip with one ordinary entry, then a head-last entry made of `head` and
 * pieces pushed into its parts, in the order given (each piece names its part).
 */
function zipWithHeadLast(head: Uint8Array, pieces: readonly (readonly [number, Uint8Array])[], partCount = 1): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const entry = new HeadLastEntry('project.qde', 1, NATIVE_PACKING, partCount);
  for (const [part, piece] of pieces) entry.push(piece, part);
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

describe('crc32Combine', () => {
  it.each([
    [0, 0],
    [0, 7],
    [1, 1],
    [300, 70_000],
    [70_000, 5],
  ])('of %i bytes then %i bytes: the CRC zlib computes of the whole', (first, second) => {
    const a = randomBytes(first);
    const b = randomBytes(second);
    const crc = (bytes: Buffer) => zlibCrc32(bytes) >>> 0;
    expect(crc32Combine(crc(a), crc(b), b.length)).toBe(crc(Buffer.concat([a, b])));
  });
});

describe('an entry whose head is written last', () => {
  /** What the entry must unpack to: checked by fflate (as readers of the export unzip) and by zlib, with the directory's CRC and size. */
  function expectEntry(zip: Uint8Array, expected: Buffer): void {
    expect(Buffer.from(unzipSync(zip)['project.qde'] ?? new Uint8Array()).equals(expected)).toBe(true);
    const raw = rawEntry(zip, 'project.qde');
    expect(inflateRawSync(raw.data).equals(expected)).toBe(true);
    expect(raw.crc).toBe(zlibCrc32(expected) >>> 0);
    expect(raw.size).toBe(expected.length);
    expect(new TextDecoder().decode(unzipSync(zip)['sources/a.txt'])).toBe('an article');
  }
  const source = (i: number) => new TextEncoder().encode(`<TextSource n="${i}">${'words and more words '.repeat(i * 50)}</TextSource>`);

  it.each([
    ['a short head', 200],
    ['a head longer than one stored block', 150_000],
  ] as const)('unpacks to the head then the rest, with the CRC and size of the whole (%s)', (_, headBytes) => {
    const head = new Uint8Array(randomBytes(headBytes));
    const rest = Array.from({ length: 40 }, (_, i) => source(i));
    expectEntry(
      zipWithHeadLast(
        head,
        rest.map((piece) => [0, piece] as const),
      ),
      Buffer.concat([head, ...rest]),
    );
  });

  it.each([
    ['every part written', [30, 20, 10]],
    ['an empty part between two', [30, 0, 10]],
    ['an empty last part', [30, 20, 0]],
    ['nothing after the head', [0, 0, 0]],
  ] as const)('joins parts written in turns in their own order, after the head (%s)', (_, counts) => {
    const head = new TextEncoder().encode('<Project>');
    // Pieces of the three parts interleaved, as a document's source, notes and links are met together.
    const parts = counts.map((count, part) => Array.from({ length: count }, (_, i) => source(part * 100 + i)));
    const pieces = Array.from({ length: Math.max(...counts) }, (_, i) => parts.flatMap((part, p) => (part[i] ? [[p, part[i]] as const] : []))).flat();
    expectEntry(zipWithHeadLast(head, pieces, 3), Buffer.concat([head, ...parts.flat()]));
  });

  it('refuses a piece for a part it does not have', () => {
    expect(() => new HeadLastEntry('project.qde', 1, NATIVE_PACKING, 2).push(new Uint8Array(1), 2)).toThrow(/2 part\(s\), not a part 2/);
  });
});
