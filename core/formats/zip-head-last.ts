import type { Zip, ZipInputFile } from 'fflate';
import { crc32Combine } from './crc32';
import { PLAIN_JS_PACKING, type DeflateLevel, type Packing, type RawDeflate } from './packing';

/** The longest stored deflate block (RFC 1951 3.2.4: its length is 16 bits). */
const STORED_BLOCK_BYTES = 0xffff;

/**
 * Bytes as non-final stored deflate blocks: each starts on a byte (a header
 * byte of BFINAL 0, BTYPE 00 and padding, then LEN and its complement), so a
 * deflate stream may follow them as it is.
 */
function storedBlocks(bytes: Uint8Array): Uint8Array<ArrayBuffer>[] {
  const blocks: Uint8Array<ArrayBuffer>[] = [];
  for (let at = 0; at < bytes.length; at += STORED_BLOCK_BYTES) {
    const part = bytes.subarray(at, at + STORED_BLOCK_BYTES);
    const block = new Uint8Array(5 + part.length);
    block[1] = part.length & 0xff;
    block[2] = part.length >>> 8;
    block[3] = ~part.length & 0xff;
    block[4] = (~part.length >>> 8) & 0xff;
    block.set(part, 5);
    blocks.push(block);
  }
  return blocks;
}

/**
 * A deflated zip entry whose beginning is known only once the rest has been
 * written (project.qde lists its users, one per set, before the sources that
 * show which sets there are). The rest is deflated as it comes and kept
 * packed; `addTo` puts the head before it as stored (unpacked) deflate
 * blocks, which a deflate stream may follow, and gives the entry the CRC of
 * the whole, combined from the two parts' CRCs. So the content is walked
 * once and never held unpacked; the head is a few hundred bytes.
 */
export class HeadLastEntry {
  private readonly packed: Uint8Array<ArrayBuffer>[] = [];
  private readonly rest: RawDeflate;
  private restCrc = 0;
  private restSize = 0;

  constructor(
    private readonly filename: string,
    level: DeflateLevel,
    private readonly packing: Packing = PLAIN_JS_PACKING,
  ) {
    this.rest = packing.deflate(level);
  }

  /** Appends bytes after the head. */
  push(bytes: Uint8Array): void {
    this.restCrc = this.packing.crc32(bytes, this.restCrc);
    this.restSize += bytes.length;
    this.packed.push(...this.rest.push(bytes, false));
  }

  /** Ends the entry with `head` before everything pushed, and adds it to `zip`, which writes it as it is next in turn. */
  addTo(zip: Zip, head: Uint8Array): void {
    this.packed.push(...this.rest.push(new Uint8Array(0), true));
    const chunks = [...storedBlocks(head), ...this.packed];
    this.packed.length = 0;
    const entry: ZipInputFile = {
      filename: this.filename,
      compression: 8,
      size: head.length + this.restSize,
      crc: crc32Combine(this.packing.crc32(head, 0), this.restCrc, this.restSize),
    };
    zip.add(entry);
    chunks.forEach((chunk, i) => entry.ondata?.(null, chunk, i === chunks.length - 1));
  }
}
