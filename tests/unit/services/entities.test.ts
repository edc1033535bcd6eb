import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/services/workspace/workspace';
import { editEntities } from '../../../main/services/workspace/entity-edits';
import { entityMentions } from '../../../main/services/workspace/entity-mentions';
import { annotationOn, workspaceWithArticle } from './workspace-helpers';

async function reopen(dir: string): Promise<Workspace> {
  const reopened = await Workspace.open(dir);
  if (!reopened.ok) throw new Error(reopened.error.message);
  return reopened.value;
}

const create = (id: string, name: string) => ({ kind: 'create' as const, id, entityKind: 'person' as const, name });

describe('the workspace keeps its entities in entities.json', () => {
  it('starts with none, and keeps every edit after reopening', async () => {
    const { workspace } = await workspaceWithArticle();
    expect(await workspace.entities.list()).toEqual({ entities: [], problem: null, readOnly: null });
    const edited = await workspace.entities.edit([create('e-mara', 'Mara Quill'), { kind: 'add-alias', id: 'e-mara', alias: 'Quill' }]);
    expect(edited.ok).toBe(true);
    const file = JSON.parse(await readFile(join(workspace.dir, 'entities.json'), 'utf8'));
    expect(file).toMatchObject({ format: 'gloss.entities', version: 1, entities: [{ id: 'e-mara', name: 'Mara Quill', aliases: ['Quill'] }] });
    const again = await (await reopen(workspace.dir)).entities.list();
    expect(again.entities.map((e) => [e.name, e.aliases])).toEqual([['Mara Quill', ['Quill']]]);
  });

  it('applies a batch all or nothing: a refused edit leaves the file as it was', async () => {
    const { workspace } = await workspaceWithArticle();
    await workspace.entities.edit([create('e-mara', 'Mara Quill')]);
    const before = await readFile(join(workspace.dir, 'entities.json'), 'utf8');
    const refused = await workspace.entities.edit([create('e-otto', 'Otto Brand'), create('e-dup', 'mara quill')]);
    expect(!refused.ok && refused.error.message).toMatch(/already a name of “Mara Quill”/);
    expect(await readFile(join(workspace.dir, 'entities.json'), 'utf8')).toBe(before);
    expect((await workspace.entities.list()).entities).toHaveLength(1);
  });

  it('salvages a damaged file entity by entity and keeps its bytes in damaged/ before writing', async () => {
    const { workspace } = await workspaceWithArticle();
    const path = join(workspace.dir, 'entities.json');
    const good = { id: 'e-mara', kind: 'person', name: 'Mara Quill', aliases: [], mergedIds: [], created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };
    const damaged = JSON.stringify({ format: 'gloss.entities', version: 1, entities: [good, { id: 'e-bad', kind: 'ghost' }] });
    await writeFile(path, damaged);
    const reopened = await reopen(workspace.dir);
    const listed = await reopened.entities.list();
    expect(listed.entities.map((e) => e.id)).toEqual(['e-mara']);
    expect(listed.problem?.message).toMatch(/^entities\.json does not match its schema: .*1 entities could be read; the damaged file was kept as damaged\/.*entities\.json$/);
    const [copy] = await readdir(join(workspace.dir, 'damaged'));
    expect(await readFile(join(workspace.dir, 'damaged', copy!), 'utf8')).toBe(damaged);
    expect((await reopened.entities.edit([create('e-otto', 'Otto Brand')])).ok).toBe(true);
  });

  it('never writes over a file from a newer Gloss', async () => {
    const { workspace } = await workspaceWithArticle();
    const path = join(workspace.dir, 'entities.json');
    await writeFile(path, '{"format": "gloss.entities", "version": 9, "entities": []}');
    const reopened = await reopen(workspace.dir);
    expect((await reopened.entities.list()).readOnly).toMatch(/newer Gloss/);
    const refused = await reopened.entities.edit([create('e-mara', 'Mara Quill')]);
    expect(!refused.ok && refused.error.code).toBe('read-only');
    expect(await readFile(path, 'utf8')).toBe('{"format": "gloss.entities", "version": 9, "entities": []}');
  });
});

describe('entity links across the workspace', () => {
  it('lists every link, follows a merge without touching annotations, and refuses to delete a linked entity', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    await workspace.entities.edit([create('e-mara', 'Mara Quill'), create('e-quill', 'M. Quill')]);
    const quote = { ...annotationOn(text, 'We are open again'), fields: { speaker: { entity: 'e-quill' } } };
    const actor = { ...annotationOn(text, 'harbour master', 'actor'), entity: 'e-mara' };
    await workspace.saveAnnotations(documentId, [quote, actor]);
    const annotationsBefore = await readFile(join(workspace.dir, 'annotations', documentId, 'default.json'), 'utf8');

    const { mentions } = await entityMentions(workspace);
    expect(mentions.map((m) => [m.entityId, m.field, m.text, m.documentTitle])).toEqual([
      ['e-quill', 'speaker', 'We are open again', 'Port reopens after storm'],
      ['e-mara', null, 'harbour master', 'Port reopens after storm'],
    ]);

    const merged = await editEntities(workspace, [{ kind: 'merge', keepId: 'e-mara', mergeId: 'e-quill' }]);
    expect(merged.ok && merged.value.map((e) => [e.name, e.aliases, e.mergedIds])).toEqual([['Mara Quill', ['M. Quill'], ['e-quill']]]);
    expect(await readFile(join(workspace.dir, 'annotations', documentId, 'default.json'), 'utf8')).toBe(annotationsBefore);

    const refused = await editEntities(workspace, [{ kind: 'delete', id: 'e-mara' }]);
    expect(!refused.ok && refused.error.message).toBe('“Mara Quill” is still linked from 2 annotations; unlink them or merge the entity into another first.');
    await workspace.saveAnnotations(documentId, []);
    expect((await editEntities(workspace, [{ kind: 'delete', id: 'e-mara' }])).ok).toBe(true);
    expect((await (await reopen(workspace.dir)).entities.list()).entities).toEqual([]);
  });
});
