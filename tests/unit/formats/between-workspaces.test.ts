import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../main/services/exchange/export';
import { importAnnotations } from '../../../main/services/exchange/import';
import type { Workspace } from '../../../main/services/workspace/workspace';
import { readCsv } from './helpers';
import { failedMusts } from './w3c-musts';
import { annotationOn, reopen, workspaceWithArticle } from '../services/workspace-helpers';

/** An article of our own, imported separately into each workspace (so their document ids differ). */
const ARTICLE = 'Tunnel toll frozen\n\nBy City Desk\n\n“The toll stays where it is until spring,” the transport minister told reporters on Tuesday.\n';

/** A workspace where the minister is an entity, named by an Actor span and linked as the quote's speaker. */
async function annotatedWorkspace() {
  const made = await workspaceWithArticle(ARTICLE);
  const { workspace, documentId, text } = made;
  const edited = await workspace.entities.edit([
    { kind: 'create', id: 'minister', entityKind: 'person', name: 'Transport Minister' },
    { kind: 'add-alias', id: 'minister', alias: 'the transport minister' },
  ]);
  expect(edited.ok).toBe(true);
  const actor = { ...annotationOn(text, 'the transport minister', 'actor'), entity: 'minister' };
  const quote = { ...annotationOn(text, '“The toll stays where it is until spring,”'), fields: { speaker: { entity: 'minister' } } };
  expect((await workspace.saveAnnotations(documentId, [actor, quote])).ok).toBe(true);
  return made;
}

async function exported(workspace: Workspace, folder: string, format: 'gloss' | 'csv' | 'w3c') {
  const out = join(folder, `out.${format}`);
  const result = await exportAnnotations(workspace, { format, out });
  if (!result.ok) throw new Error(result.error);
  return out;
}

describe('exchange between two workspaces that imported the same article separately', () => {
  it('a Gloss export brings its entities: the speaker stays linked to a person of that name', async () => {
    const from = await annotatedWorkspace();
    const to = await workspaceWithArticle(ARTICLE);
    expect(to.documentId).not.toBe('');
    const file = await exported(from.workspace, from.folder, 'gloss');
    const imported = await importAnnotations(to.workspace, { format: 'gloss', files: [file], set: 'colleague' });
    expect(imported).toMatchObject({ ok: true, value: { annotations: 2 } });
    const again = await reopen(to.workspace.dir);
    const entities = (await again.entities.list()).entities;
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([['Transport Minister', ['the transport minister']]]);
    const loaded = await again.loadDocument(to.documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const quote = loaded.value.annotations.find((a) => a.type === 'quote');
    const actor = loaded.value.annotations.find((a) => a.type === 'actor');
    expect(quote?.fields['speaker']).toEqual({ entity: entities[0]!.id });
    expect(actor?.entity).toBe(entities[0]!.id);
  });

  it('links to the entity the workspace already has under one of the same names, instead of making a second', async () => {
    const from = await annotatedWorkspace();
    const to = await workspaceWithArticle(ARTICLE);
    expect((await to.workspace.entities.edit([{ kind: 'create', id: 'own-minister', entityKind: 'person', name: 'the Transport Minister' }])).ok).toBe(true);
    const file = await exported(from.workspace, from.folder, 'gloss');
    expect((await importAnnotations(to.workspace, { format: 'gloss', files: [file], set: 'colleague' })).ok).toBe(true);
    expect((await to.workspace.entities.list()).entities.map((e) => e.id)).toEqual(['own-minister']);
    const loaded = await to.workspace.loadDocument(to.documentId);
    expect(loaded.ok && loaded.value.annotations.find((a) => a.type === 'quote')?.fields['speaker']).toEqual({ entity: 'own-minister' });
  });

  it('a CSV export reads the speaker by name, the document by its title', async () => {
    const from = await annotatedWorkspace();
    const csv = await readFile(await exported(from.workspace, from.folder, 'csv'), 'utf8');
    const [header, ...rows] = readCsv(csv.slice(1));
    const quote = rows.find((row) => row[header!.indexOf('type_id')] === 'quote')!;
    expect(quote[header!.indexOf('speaker')]).toBe('Transport Minister');
    expect(quote[header!.indexOf('speaker_id')]).toBe('minister');
    expect(quote[header!.indexOf('document')]).toBe('Tunnel toll frozen');
  });
});

describe('W3C between two workspaces that imported the same article separately', () => {
  it('finds the article by its text hash, keeps types, fields and the set, and every annotation meets the MUSTs', async () => {
    const from = await annotatedWorkspace();
    const to = await workspaceWithArticle(ARTICLE);
    const file = await exported(from.workspace, from.folder, 'w3c');
    const json = JSON.parse(await readFile(file, 'utf8')) as { first: { items: Record<string, unknown>[] } };
    for (const item of json.first.items) expect(failedMusts(item)).toEqual([]);
    const source = (json.first.items[0]!['target'] as { source: string }[])[0]!.source;
    expect(source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
    const imported = await importAnnotations(to.workspace, { format: 'w3c', files: [file], set: 'colleague' });
    expect(imported).toMatchObject({ ok: true, value: { annotations: 2, documents: 1, newDocuments: 0 } });
    const loaded = await to.workspace.loadDocument(to.documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const quote = loaded.value.annotations.find((a) => a.type === 'quote')!;
    expect(quote.fragments[0]!.exact).toBe('“The toll stays where it is until spring,”');
    expect(quote.set).toBe('colleague');
    const [entity] = (await to.workspace.entities.list()).entities;
    expect(entity?.name).toBe('Transport Minister');
    expect(quote.fields['speaker']).toEqual({ entity: entity?.id });
  });

  it('falls back to the quotes when the colleague\'s copy of the text differs (another hash)', async () => {
    const from = await annotatedWorkspace();
    const edited = ARTICLE.replace('By City Desk', 'By the City Desk team');
    const to = await workspaceWithArticle(edited);
    const file = await exported(from.workspace, from.folder, 'w3c');
    const imported = await importAnnotations(to.workspace, { format: 'w3c', files: [file], set: 'colleague' });
    expect(imported).toMatchObject({ ok: true, value: { annotations: 2, documents: 1 } });
    const loaded = await to.workspace.loadDocument(to.documentId);
    const quote = loaded.ok ? loaded.value.annotations.find((a) => a.type === 'quote') : undefined;
    expect(quote?.fragments[0]).toMatchObject({ exact: '“The toll stays where it is until spring,”', start: to.text.indexOf('“The toll') });
    expect(to.text).not.toBe(from.text);
  });
});
