import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_TYPES } from '../../../core/model/label-types';
import { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, workspaceWithArticle } from './workspace-helpers';

describe('Workspace.saveSchema', () => {
  it('writes the new types, keeps them after reopening, and leaves annotation values alone', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const quote = { ...annotationOn(text, 'harbour master'), fields: { kind: 'direct', speaker: 'the master' } };
    await workspace.saveAnnotations(documentId, [quote]);
    const types = DEFAULT_LABEL_TYPES.map((type) =>
      type.id === 'quote' ? { ...type, name: 'Quotation', fields: type.fields.filter((field) => field.id !== 'kind') } : type,
    );
    const saved = await workspace.saveSchema(types);
    expect(saved.ok).toBe(true);

    const reopened = await Workspace.open(workspace.dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.value.labelTypes.find((type) => type.id === 'quote')?.name).toBe('Quotation');
    const loaded = await reopened.value.loadDocument(documentId);
    expect(loaded.ok && loaded.value.annotations[0]?.fields).toEqual({ kind: 'direct', speaker: 'the master' });
  });

  it('refuses an invalid schema and names the problem', async () => {
    const { workspace } = await workspaceWithArticle();
    const twice = [DEFAULT_LABEL_TYPES[0]!, DEFAULT_LABEL_TYPES[0]!];
    const saved = await workspace.saveSchema(twice);
    expect(!saved.ok && saved.error.message).toMatch(/type id is used twice/);
  });

  it('refuses a second type with the name of another, and keeps the schema as it was', async () => {
    const { workspace } = await workspaceWithArticle();
    const source = DEFAULT_LABEL_TYPES.find((type) => type.id === 'source')!;
    const saved = await workspace.saveSchema([...DEFAULT_LABEL_TYPES, { ...source, id: 'source-2', shortcut: undefined }]);
    expect(!saved.ok && saved.error.message).toMatch(/Two types are named “Source”/);
    const reopened = await Workspace.open(workspace.dir);
    expect(reopened.ok && reopened.value.labelTypes.map((type) => type.id)).toEqual(DEFAULT_LABEL_TYPES.map((type) => type.id));
  });

  it('never writes over a damaged schema.json', async () => {
    const { workspace } = await workspaceWithArticle();
    const path = join(workspace.dir, 'schema.json');
    await writeFile(path, '{"format": "gloss.schema", "version": 1, "types": "oops"}');
    const reopened = await Workspace.open(workspace.dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.value.schemaProblem?.message).toMatch(/schema\.json does not match its schema/);
    expect(reopened.value.labelTypes).toEqual(DEFAULT_LABEL_TYPES);
    const saved = await reopened.value.saveSchema([...DEFAULT_LABEL_TYPES]);
    expect(saved.ok).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('{"format": "gloss.schema", "version": 1, "types": "oops"}');
  });
});
