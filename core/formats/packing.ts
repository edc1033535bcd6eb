import { Deflate } from 'fflate';
import { crc32 } from './crc32';

/** Deflate's levels: 0 stores, 1 is fastest, 9 packs tightest. */
export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * One raw deflate stream (RFC 1951) made in parts: `push` gives the blocks
 * ready so far, and the stream ends with the push marked `final`.
 */
export interface RawDeflate {
  push(bytes: Uint8Array, final: boolean): Uint8Array<ArrayBuffer>[];
}

/**
 * How a zip's big entry is packed: deflate streams and CRC-32. core/ has
 * fflate's, in plain JS; the services give Node's zlib, several times
 * faster (export.ts).
 */
export interface Packing {
  deflate(level: DeflateLevel): RawDeflate;
  crc32(bytes: Uint8Array, previous: number): number;
}

/** fflate's deflate and core's CRC: what a packing is when nobody gives a faster one. */
export const PLAIN_JS_PACKING: Packing = {
  deflate(level) {
    const ready: Uint8Array<ArrayBuffer>[] = [];
    const stream = new Deflate({ level }, (chunk) => ready.push(chunk));
    return {
      push(bytes, final) {
        stream.push(bytes, final);
        return ready.splice(0);
      },
    };
  },
  crc32,
};
