import type { Zip, ZipInputFile } from 'fflate';
import { crc32Combine } from './crc32';
import type { DeflateLevel, Packing, RawDeflate } from './packing';

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

/** One part of an entry's content: deflated as it comes, kept packed, with its CRC and size. */
class PackedPart {
  readonly packed: Uint8Array<ArrayBuffer>[] = [];
  crc = 0;
  size = 0;

  constructor(
    private readonly stream: RawDeflate,
    private readonly packing: Packing,
  ) {}

  push(bytes: Uint8Array): void {
    this.crc = this.packing.crc32(bytes, this.crc);
    this.size += bytes.length;
    this.packed.push(...this.stream.push(bytes, 'more'));
  }

  /** Ends the part's stream: the entry's last part ends the entry's deflate data, the others leave it open for the next. */
  end(last: boolean): void {
    this.packed.push(...this.stream.push(new Uint8Array(0), last ? 'final' : 'aligned'));
  }
}

/**
 * A deflated zip entry whose beginning is known only once the rest has been
 * written (project.qde lists its users, one per set, before the sources that
 * show which sets there are), and whose rest may be written in several parts
 * at once that follow one another in the entry (project.qde's Notes and
 * Links come after every source, yet are met with each source). Each part is
 * deflated as it comes, as a stream of its own, and kept packed; `addTo` puts
 * the head before them as stored (unpacked) deflate blocks, which a deflate
 * stream may follow, joins the parts (each but the last ended on a byte
 * boundary, so the next stream may follow it) and gives the entry the CRC of
 * the whole, combined from the parts' CRCs. So the content is walked once
 * and never held unpacked; the head is a few hundred bytes.
 */
export class HeadLastEntry {
  private readonly parts: PackedPart[];

  constructor(
    private readonly filename: string,
    level: DeflateLevel,
    private readonly packing: Packing,
    partCount = 1,
  ) {
    this.parts = Array.from({ length: partCount }, () => new PackedPart(packing.deflate(level), packing));
  }

  /** Appends bytes to one part (the first by default), after the head and every earlier part. */
  push(bytes: Uint8Array, part = 0): void {
    const into = this.parts[part];
    if (!into) throw new RangeError(`${this.filename} has ${this.parts.length} part(s), not a part ${part}`);
    into.push(bytes);
  }

  /** Ends the entry with `head` before everything pushed, and adds it to `zip`, which writes it as it is next in turn. */
  addTo(zip: Zip, head: Uint8Array): void {
    this.parts.forEach((part, i) => part.end(i === this.parts.length - 1));
    const chunks = [...storedBlocks(head), ...this.parts.flatMap((part) => part.packed.splice(0))];
    const entry: ZipInputFile = {
      filename: this.filename,
      compression: 8,
      size: this.parts.reduce((size, part) => size + part.size, head.length),
      crc: this.parts.reduce((crc, part) => crc32Combine(crc, part.crc, part.size), this.packing.crc32(head, 0)),
    };
    zip.add(entry);
    chunks.forEach((chunk, i) => entry.ondata?.(null, chunk, i === chunks.length - 1));
  }
}
