import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { once } from 'node:events';
import type { OutputPiece } from '../../../core/formats/bundle';

/** Writes one piece, waiting when the stream's buffer is full so memory stays flat. */
async function write(stream: WriteStream, data: string | Uint8Array): Promise<void> {
  if (!stream.write(data)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/**
 * Streams a serializer's output to one file, through a temporary file renamed
 * into place at the end, so a failed export never leaves half a file.
 */
export async function writeFileOutput(out: string, pieces: AsyncIterable<OutputPiece>): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  const stream = createWriteStream(partial);
  try {
    for await (const piece of pieces) {
      if (piece.path !== '') throw new Error(`the format wrote a second file (${piece.path}) into a one-file export`);
      await write(stream, piece.data);
    }
    await close(stream);
    await rename(partial, out);
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** Streams a serializer's output into a new or empty folder, one file open at a time. */
export async function writeFolderOutput(out: string, pieces: AsyncIterable<OutputPiece>): Promise<void> {
  const existing = await readdir(out).catch(() => [] as string[]);
  if (existing.length > 0) throw new Error(`${out} is not empty; choose an empty or new folder`);
  await mkdir(out, { recursive: true });
  const started = new Set<string>();
  let current = null as { path: string; stream: WriteStream } | null;
  for await (const piece of pieces) {
    if (current?.path !== piece.path) {
      if (current) await close(current.stream);
      const path = resolve(out, piece.path);
      if (!path.startsWith(resolve(out) + sep)) throw new Error(`the format named a file outside the folder (${piece.path})`);
      current = { path: piece.path, stream: createWriteStream(path, { flags: started.has(piece.path) ? 'a' : 'w' }) };
      started.add(piece.path);
    }
    await write(current.stream, piece.data);
  }
  if (current) await close(current.stream);
}
