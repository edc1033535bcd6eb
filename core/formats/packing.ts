/** Deflate's levels: 0 stores, 1 is fastest, 9 packs tightest. */
export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * How a push into a deflate stream leaves it: more to come; ended on a byte
 * boundary with no final block, so that another stream's blocks may follow
 * (a sync flush); or ended with the final block.
 */
type DeflateEnd = 'more' | 'aligned' | 'final';

/**
 * One raw deflate stream (RFC 1951) made in parts: `push` gives the blocks
 * ready so far; the last push ends it, 'aligned' or 'final'.
 */
export interface RawDeflate {
  push(bytes: Uint8Array, end: DeflateEnd): Uint8Array<ArrayBuffer>[];
}

/**
 * How a zip's big entry is packed: deflate streams and CRC-32. The services
 * give Node's zlib (export.ts). core/ has none of its own: fflate's deflate,
 * besides being several times slower, cannot end a stream where another may
 * follow (its sync flush wrote a stored block that does not inflate for 64 of
 * 200 random inputs, fflate 0.8.3), which project.qde's parts need.
 */
export interface Packing {
  deflate(level: DeflateLevel): RawDeflate;
  crc32(bytes: Uint8Array, previous: number): number;
}
