import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { parseUnknown } from '../../../core/validation/parse-unknown';
import { jsonPieces } from '../../../core/text/json-pieces';
import { err, ok, type Result } from '../../../core/result';
import { readVersioned, type FileFormat, type Versioned } from '../../../core/model/versioned';
import { describeFsError } from '../files/fs-error';
import { writeFileVerified } from '../files/verified-write';
import { FileRefused } from './confined-files';

/** Keys written first, in this order, so every Gloss file opens the same way. */
const LEADING_KEYS = ['format', 'version', 'id', 'documentId', 'type', 'name'];

function rank(key: string): number {
  const leading = LEADING_KEYS.indexOf(key);
  return leading === -1 ? LEADING_KEYS.length : leading;
}

const byRank = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);

/** Objects whose keys came in one order, each step a key; `sorted` is that key list in the stable order. */
interface Shape {
  next: Map<string, Shape>;
  sorted?: string[];
}
const shapes: Shape = { next: new Map() };
/** Field names are the analyst's, so shapes are capped: past this, keys are sorted without remembering. */
const MAX_SHAPES = 10_000;
let shapeCount = 0;

/**
 * The keys of an object in the stable order. A workspace's objects come in a
 * few shapes (annotation, fragment, field value), so each shape is sorted once
 * and looked up after: sorting every object's keys again was half the time of
 * saving a hundred thousand annotations. The lookup walks key by key, so two
 * different key lists can never share an entry.
 */
function stableKeys(value: object): string[] {
  const keys = Object.keys(value);
  let shape = shapes;
  for (const key of keys) {
    let next = shape.next.get(key);
    if (!next) {
      if (shapeCount >= MAX_SHAPES) return keys.sort(byRank);
      next = { next: new Map() };
      shape.next.set(key, next);
      shapeCount++;
    }
    shape = next;
  }
  shape.sorted ??= keys.sort(byRank);
  return shape.sorted;
}

/**
 * A copy with every object's keys in the stable order. Copying first and then
 * calling JSON.stringify without a replacer keeps V8 on its fast path; a
 * replacer is called for every value and made saving 500 files three times slower.
 */
function ordered(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('toJSON' in value && typeof value.toJSON === 'function') return ordered(value.toJSON());
  if (Array.isArray(value)) return value.map(ordered);
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of stableKeys(source)) copy[key] = ordered(source[key]);
  return copy;
}

/**
 * A file's pieces (core/text/json-pieces.ts): its own keys, and the items of
 * the lists they hold (a set file's annotations, the manifest's documents).
 * Stringified whole, the 500 set files of an import of 100,000 annotations
 * cost 0.35 s more, for the copy V8 makes of each joined string.
 */
function stableJsonPieces(value: unknown): string[] {
  const copy = ordered(value);
  return copy !== null && typeof copy === 'object' ? jsonPieces(copy, { depth: 2, indent: '  ' }) : [JSON.stringify(copy)];
}

/**
 * Pretty-printed JSON with a stable key order, so a workspace kept under git
 * shows only real changes in its diffs.
 */
export function stableStringify(value: unknown): string {
  return stableJsonPieces(value).join('') + '\n';
}

/** stableStringify's UTF-8 bytes, encoded piece by piece into one buffer (see stableJsonPieces). */
function stableJsonBytes(value: unknown): Buffer {
  const pieces = stableJsonPieces(value);
  const bytes = Buffer.allocUnsafe(pieces.reduce((sum, piece) => sum + Buffer.byteLength(piece), 0) + 1);
  let end = 0;
  for (const piece of pieces) end += bytes.write(piece, end);
  bytes[end] = 0x0a;
  return bytes;
}

/** JSON.parse that skips a UTF-8 byte-order mark at the start, as some Windows editors write one. */
function parseJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** A file's bytes, read as UTF-8 JSON (a byte-order mark is accepted). */
function parseJsonBytes(bytes: Buffer): unknown {
  return parseJsonText(bytes.toString('utf8'));
}

/** How a caller reads file bytes: plainly, or confined to a workspace (confined-files.ts). */
export type ReadBytes = (path: string) => Promise<Buffer>;

/** Reads and parses a JSON file; the error says why it could not be. */
async function readJson(path: string, read: ReadBytes): Promise<Result<unknown, string>> {
  let raw: string;
  try {
    raw = (await read(path)).toString('utf8');
  } catch (error) {
    return err(error instanceof FileRefused ? error.message : `cannot be read (${describeFsError(error)})`);
  }
  try {
    return ok(parseJsonText(raw));
  } catch (error) {
    return err(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * A workspace file's bytes and what JSON.parse made of them, for readers
 * that salvage a damaged file: a missing file is no trouble, an unreadable
 * or refused one must not be written over, and bytes that are not JSON are
 * returned to be kept aside.
 */
export type RawJson =
  | { kind: 'missing' }
  | { kind: 'unreadable'; trouble: string }
  | { kind: 'not-json'; trouble: string; bytes: Buffer }
  | { kind: 'json'; data: unknown; bytes: Buffer };

/** A workspace file's bytes; a missing file is no trouble, an unreadable or refused one says why. */
export type RawBytes = Exclude<RawJson, { kind: 'not-json' } | { kind: 'json' }> | { kind: 'bytes'; bytes: Buffer };

export async function readRawBytes(path: string, read: ReadBytes): Promise<RawBytes> {
  try {
    return { kind: 'bytes', bytes: await read(path) };
  } catch (error) {
    if (error instanceof FileRefused) return { kind: 'unreadable', trouble: error.message };
    const reason = describeFsError(error);
    return reason === 'no such file' ? { kind: 'missing' } : { kind: 'unreadable', trouble: `cannot be read (${reason})` };
  }
}

export async function readRawJson(path: string, read: ReadBytes): Promise<RawJson> {
  const raw = await readRawBytes(path, read);
  if (raw.kind !== 'bytes') return raw;
  const { bytes } = raw;
  try {
    return { kind: 'json', data: parseJsonBytes(bytes), bytes };
  } catch (error) {
    return { kind: 'not-json', trouble: `is not valid JSON (${error instanceof Error ? error.message : String(error)})`, bytes };
  }
}

/** Reads a Gloss file: checks its format and version, migrates an older one, refuses a newer one. */
export async function readGlossFile<S extends z.ZodType>(
  path: string,
  kind: FileFormat<S>,
  read: ReadBytes = readFile,
): Promise<Result<Versioned<z.output<S>>, string>> {
  const data = await readJson(path, read);
  return data.ok ? readVersioned(kind, data.value) : data;
}

/**
 * A Gloss file's bytes (pretty JSON in the stable key order, UTF-8), only when the
 * value passes the schema it will be read back with, so Gloss never writes
 * what it would later refuse as damaged; otherwise it throws FileRefused,
 * saying why. (The check costs about as much as the load's; see the README.)
 */
export function glossFileBytes<S extends z.ZodType>(kind: FileFormat<S>, value: unknown): Buffer {
  const checked = kind.parse ? kind.parse(value) : parseUnknown(kind.schema, value);
  if (!checked.ok) throw new FileRefused(`would not pass its own schema, so it was not written: ${checked.error}`);
  return stableJsonBytes(value);
}

/**
 * Writes a Gloss file that passes its schema so that success means every
 * byte is on disk and a failure leaves the old file as it was
 * (files/verified-write.ts).
 */
export async function writeGlossFile<S extends z.ZodType>(path: string, kind: FileFormat<S>, value: unknown): Promise<void> {
  await writeFileVerified(path, glossFileBytes(kind, value));
}
