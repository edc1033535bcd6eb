import { err, ok, type Result } from '../result';
import { decodeUtf8 } from './utf8';

/**
 * Reads the items of one large JSON array (a W3C collection's
 * `first.items`, a Label Studio export) one at a time from the file's bytes:
 * a scan finds where each item starts and ends, and only that item is
 * decoded and parsed. The whole document is never built as one tree, so the
 * memory an import needs is the file's bytes plus what it keeps, and the
 * garbage of one item is gone before the next (a W3C file of 100,000
 * annotations parsed whole took 790 MB). The scan only needs the structural
 * characters, which in UTF-8 are single bytes that never occur inside a
 * multi-byte character, so it runs over the bytes without decoding them.
 */

/** Deeper nesting than any annotation file needs; a file nested deeper is refused rather than recursed into. */
const MAX_JSON_DEPTH = 64;

/** The bytes of JSON's structural characters. */
const BYTE = { quote: 0x22, backslash: 0x5c, comma: 0x2c, colon: 0x3a, openBrace: 0x7b, closeBrace: 0x7d, openBracket: 0x5b, closeBracket: 0x5d } as const;
const { quote: QUOTE, backslash: BACKSLASH, comma: COMMA, colon: COLON, openBrace: OPEN_BRACE, closeBrace: CLOSE_BRACE, openBracket: OPEN_BRACKET, closeBracket: CLOSE_BRACKET } = BYTE;

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Where a JSON file's array of items is, and the file with that array emptied (its envelope, small enough to parse whole). */
export interface LocatedArray {
  start: number;
  end: number;
  envelope: unknown;
}

class Scanner {
  constructor(private readonly bytes: Uint8Array) {}

  skipSpace(at: number): number {
    let i = at;
    while (i < this.bytes.length && isSpace(this.bytes[i] as number)) i++;
    return i;
  }

  /** The index just past the string that starts at `at` (its opening quote). */
  stringEnd(at: number): number {
    let i = at + 1;
    for (;;) {
      const quote = this.bytes.indexOf(QUOTE, i);
      if (quote < 0) throw new SyntaxError('a string is never closed');
      let backslashes = 0;
      while (this.bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      i = quote + 1;
    }
  }

  /** The index just past the value that starts at `at`, nested no deeper than MAX_JSON_DEPTH. */
  valueEnd(at: number): number {
    const first = this.bytes[at];
    if (first === QUOTE) return this.stringEnd(at);
    if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
      let i = at;
      while (i < this.bytes.length) {
        const byte = this.bytes[i] as number;
        if (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || isSpace(byte)) break;
        i++;
      }
      if (i === at) throw new SyntaxError(`unexpected ${at < this.bytes.length ? `"${String.fromCharCode(first as number)}"` : 'end of file'} at byte ${at}`);
      return i;
    }
    let depth = 0;
    let i = at;
    while (i < this.bytes.length) {
      const byte = this.bytes[i] as number;
      if (byte === QUOTE) {
        i = this.stringEnd(i);
        continue;
      }
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        if (++depth > MAX_JSON_DEPTH) throw new RangeError(`it is nested deeper than ${MAX_JSON_DEPTH} levels`);
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        if (--depth === 0) return i + 1;
      }
      i++;
    }
    throw new SyntaxError('the file ends inside a value');
  }

  key(at: number): { key: string; valueAt: number } {
    if (this.bytes[at] !== QUOTE) throw new SyntaxError(`expected a key at byte ${at}`);
    const end = this.stringEnd(at);
    const key = JSON.parse(decodeUtf8(this.bytes.subarray(at, end))) as string;
    const colon = this.skipSpace(end);
    if (this.bytes[colon] !== COLON) throw new SyntaxError(`expected ":" at byte ${colon}`);
    return { key, valueAt: this.skipSpace(colon + 1) };
  }

  /** The start of the array at `path` below the object at `at`, or null when the object has no such array. */
  find(at: number, path: readonly string[]): number | null {
    if (path.length === 0) return this.bytes[at] === OPEN_BRACKET ? at : null;
    if (this.bytes[at] !== OPEN_BRACE) return null;
    let i = this.skipSpace(at + 1);
    while (this.bytes[i] !== CLOSE_BRACE) {
      const { key, valueAt } = this.key(i);
      if (key === path[0]) return this.find(valueAt, path.slice(1));
      i = this.skipSpace(this.valueEnd(valueAt));
      if (this.bytes[i] === COMMA) i = this.skipSpace(i + 1);
      else if (this.bytes[i] !== CLOSE_BRACE) throw new SyntaxError(`expected "," or "}" at byte ${i}`);
    }
    return null;
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Finds the array of items at the first of `paths` the file has (`[]` is the
 * file itself being an array) and parses everything around it. Null when
 * none of the paths is an array: the caller parses the file some other way.
 */
export function locateArray(bytes: Uint8Array, paths: readonly (readonly string[])[]): Result<LocatedArray | null, string> {
  try {
    const scanner = new Scanner(bytes);
    const top = scanner.skipSpace(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
    for (const path of paths) {
      const start = scanner.find(top, path);
      if (start === null) continue;
      const end = scanner.valueEnd(start);
      const outside = `${decodeUtf8(bytes.subarray(0, start))}[]${decodeUtf8(bytes.subarray(end))}`;
      return ok({ start, end, envelope: JSON.parse(outside) as unknown });
    }
    return ok(null);
  } catch (error) {
    return err(`is not valid JSON (${describe(error)})`);
  }
}

/** Where one item of an array lies in the file's bytes. */
export interface ItemRange {
  start: number;
  end: number;
}

/** Where each item of the array located at `start` lies, found without parsing any of them. */
export function itemRanges(bytes: Uint8Array, located: Pick<LocatedArray, 'start' | 'end'>): Result<ItemRange[], string> {
  const scanner = new Scanner(bytes);
  const ranges: ItemRange[] = [];
  try {
    let i = scanner.skipSpace(located.start + 1);
    while (i < located.end - 1) {
      const end = scanner.valueEnd(i);
      ranges.push({ start: i, end });
      i = scanner.skipSpace(end);
      if (bytes[i] === COMMA) i = scanner.skipSpace(i + 1);
      else if (i < located.end - 1) throw new SyntaxError(`expected "," after item ${ranges.length - 1} at byte ${i}`);
    }
  } catch (error) {
    return err(`is not valid JSON (${describe(error)})`);
  }
  return ok(ranges);
}

/** One item, parsed on its own. */
export function parseItem(bytes: Uint8Array, range: ItemRange, index: number): Result<unknown, string> {
  try {
    return ok(JSON.parse(decodeUtf8(bytes.subarray(range.start, range.end))) as unknown);
  } catch (error) {
    return err(`item ${index} is not valid JSON (${describe(error)})`);
  }
}

/**
 * The string value of one key of the object at `range` (an annotation's
 * `id`), read without parsing the rest of it; null when the key is absent or
 * not a string, or the item is not an object.
 */
export function stringOfKey(bytes: Uint8Array, range: ItemRange, wanted: string): string | null {
  if (bytes[range.start] !== OPEN_BRACE) return null;
  const scanner = new Scanner(bytes);
  try {
    let i = scanner.skipSpace(range.start + 1);
    while (i < range.end && bytes[i] !== CLOSE_BRACE) {
      const { key, valueAt } = scanner.key(i);
      const end = scanner.valueEnd(valueAt);
      if (key === wanted) {
        if (bytes[valueAt] !== QUOTE) return null;
        const value: unknown = JSON.parse(decodeUtf8(bytes.subarray(valueAt, end)));
        return typeof value === 'string' ? value : null;
      }
      i = scanner.skipSpace(end);
      if (bytes[i] === COMMA) i = scanner.skipSpace(i + 1);
    }
  } catch {
    // A malformed item says so when it is parsed.
  }
  return null;
}

/** Each item of the array located at `start`, parsed on its own; a syntax error ends the walk with its message. */
function* arrayItems(bytes: Uint8Array, located: Pick<LocatedArray, 'start' | 'end'>): Generator<Result<unknown, string>> {
  const ranges = itemRanges(bytes, located);
  if (!ranges.ok) {
    yield ranges;
    return;
  }
  for (const [index, range] of ranges.value.entries()) {
    const item = parseItem(bytes, range, index);
    yield item;
    if (!item.ok) return;
  }
}

/** The items of a file that is an array, one at a time; a file that is one object is its only item. */
export function* topLevelItems(bytes: Uint8Array): Generator<Result<unknown, string>> {
  const located = locateArray(bytes, [[]]);
  if (!located.ok) {
    yield located;
    return;
  }
  if (located.value) {
    yield* arrayItems(bytes, located.value);
    return;
  }
  try {
    yield ok(JSON.parse(decodeUtf8(bytes)) as unknown);
  } catch (error) {
    yield err(`is not valid JSON (${describe(error)})`);
  }
}
