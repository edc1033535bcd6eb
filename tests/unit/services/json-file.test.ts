import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_TYPES, SCHEMA_FILE, SCHEMA_FORMAT, SCHEMA_VERSION } from '../../../core/model/label-types';
import { stableStringify, writeGlossFile } from '../../../main/services/workspace/json-file';
import { tempFolder } from './workspace-helpers';

describe('stableStringify', () => {
  it('gives the same bytes whatever order the keys came in, leading keys first, at every depth', () => {
    const a = { z: 1, name: 'n', format: 'f', nested: [{ b: 2, id: 'x', a: { d: 1, c: 2 } }], version: 1 };
    const b = { version: 1, nested: [{ a: { c: 2, d: 1 }, id: 'x', b: 2 }], format: 'f', name: 'n', z: 1 };
    expect(stableStringify(a)).toBe(stableStringify(b));
    expect(stableStringify(a)).toBe(
      JSON.stringify({ format: 'f', version: 1, name: 'n', nested: [{ id: 'x', a: { c: 2, d: 1 }, b: 2 }], z: 1 }, null, 2) + '\n',
    );
  });

  it('writes what JSON.stringify writes for undefined, null and toJSON values', () => {
    const value = { keep: null, drop: undefined, list: [undefined, 1], when: new Date(0) };
    expect(stableStringify(value)).toBe(JSON.stringify({ keep: null, list: [null, 1], when: '1970-01-01T00:00:00.000Z' }, null, 2) + '\n');
  });

  it('orders objects of one shape alike and never mixes up shapes that differ', () => {
    const shapes = [{ b: 1, a: 2 }, { b: 3, a: 4 }, { 'b\u0000a': 5 }, { b: 6 }, { b: 7, a: 8, c: 9 }, { a: 10, b: 11 }];
    for (const value of [...shapes, ...shapes]) {
      const keys = Object.keys(value).sort();
      expect(Object.keys(JSON.parse(stableStringify(value)))).toEqual(keys);
      expect(JSON.parse(stableStringify(value))).toEqual(value);
    }
  });
});

describe('writeGlossFile', () => {
  it('writes stableStringify’s text as UTF-8, byte for byte, whatever characters it holds', async () => {
    const path = join(await tempFolder(), 'schema.json');
    const [first, ...rest] = DEFAULT_LABEL_TYPES;
    if (!first) throw new Error('no default type');
    // Accented, CJK and astral letters, an emoji, and a line separator, each of which makes the JSON a two-byte string.
    const types = [{ ...first, name: 'Zitat «Ü» 引用 𝒬 🗞 \u2028 end' }, ...rest];
    const value = { format: SCHEMA_FORMAT, version: SCHEMA_VERSION, types };
    await writeGlossFile(path, SCHEMA_FILE, value);
    const bytes = await readFile(path);
    expect(bytes.equals(Buffer.from(stableStringify(value), 'utf8'))).toBe(true);
    expect(bytes.at(-1)).toBe(0x0a);
  });
});
