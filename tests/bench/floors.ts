import { open, readFile, rename } from 'node:fs/promises';
import { extname } from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { CONCURRENT_READS, mapConcurrent } from '../../main/services/files/concurrent';

/**
 * Floors: the least that an operation on these files must cost on this
 * machine, taken in the same run on the same files, so a figure is judged
 * against the disk and CPU it ran on rather than an absolute time that moves
 * 2–3× between machines of the same kind. A floor does the file work and
 * the parsing, with nothing else (no validation, no anchoring, no
 * stringifying): read and parse the same files, and write the same bytes,
 * each through a temporary file that is fsynced and renamed over the target.
 */

/** Files written at once: the store's own batch writes overlap this many fsyncs. */
const CONCURRENT_WRITES = 8;

/**
 * Parses bytes as a reader of that file kind minimally must: JSON with
 * JSON.parse (JSON Lines line by line), XML with saxes and no handlers, a zip
 * unpacked and each entry parsed, and any other text decoded from UTF-8.
 */
function parse(name: string, bytes: Uint8Array): void {
  const extension = extname(name).toLowerCase();
  if (extension === '.qdpx') {
    for (const [entry, content] of Object.entries(unzipSync(bytes))) parse(entry, content);
    return;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (extension === '.json' || extension === '.jsonld') {
    JSON.parse(text);
  } else if (extension === '.jsonl') {
    for (const line of text.split('\n')) if (line.trim()) JSON.parse(line);
  } else if (extension === '.qde' || extension === '.xml') {
    new SaxesParser({ xmlns: true }).write(text).close();
  }
}

/** Milliseconds to read every file and parse it (see `parse`), reading as many at once as the store does. */
export async function readFloor(paths: readonly string[]): Promise<number> {
  const start = performance.now();
  await mapConcurrent(paths, CONCURRENT_READS, async (path) => parse(path, await readFile(path)));
  return performance.now() - start;
}

export interface FileToWrite {
  path: string;
  bytes: Uint8Array;
}

/** Milliseconds to write every file durably: a temporary file written, fsynced, closed, then renamed over the target. */
export async function writeFloor(files: readonly FileToWrite[]): Promise<number> {
  const start = performance.now();
  await mapConcurrent(files, CONCURRENT_WRITES, async ({ path, bytes }) => {
    const temporary = `${path}.floor-${process.pid}`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  });
  return performance.now() - start;
}
