import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossJsonSchemas } from '../../../core/model/json-schemas';

const dir = resolve(import.meta.dirname, '../../../resources/schema');

describe('published JSON Schemas', () => {
  it.each(Object.keys(glossJsonSchemas()))('resources/schema/%s matches the zod model (run "npm run schemas" after a model change)', async (name) => {
    const published = JSON.parse(await readFile(join(dir, name), 'utf8'));
    expect(published).toEqual(glossJsonSchemas()[name]);
  });

  it('pins each file to its format name and current version', () => {
    const schema = glossJsonSchemas()['annotations.schema.json'] as { properties: Record<string, unknown> };
    expect(schema.properties['format']).toMatchObject({ const: 'gloss.annotations' });
    expect(schema.properties['version']).toMatchObject({ const: 2 });
    const perSet = glossJsonSchemas()['set-annotations.schema.json'] as { properties: Record<string, unknown> };
    expect(perSet.properties['format']).toMatchObject({ const: 'gloss.set-annotations' });
    expect(perSet.properties['version']).toMatchObject({ const: 1 });
    const manifest = glossJsonSchemas()['workspace.schema.json'] as { properties: Record<string, unknown> };
    expect(manifest.properties['version']).toMatchObject({ const: 3 });
    const conflicts = glossJsonSchemas()['sync-conflicts.schema.json'] as { properties: Record<string, unknown> };
    expect(conflicts.properties['format']).toMatchObject({ const: 'gloss.sync-conflicts' });
  });
});
