import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignForAdjudication } from '../../../core/agreement/adjudication';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { mergeWorkspaceFile } from '../../../core/sync/merge-files';
import { dispatch } from '../../../main/services/api/dispatch';
import { createHandlers } from '../../../main/services/api/handlers';
import { Preferences } from '../../../main/services/preferences/preferences';
import { Session } from '../../../main/services/session/session';
import { annotationOn, gloss, workspaceWithArticle, writeSetFile } from './workspace-helpers';

const ARTICLE = 'Harbour reopens\n\nThe harbour master said the quay will reopen on Friday. Fishers doubted it. The council blamed the storm.\n';

/** One of `set`'s annotations over `phrase`, with an id of its own. */
function tagged(text: string, set: string, phrase: string, type = 'quote'): StoredAnnotation {
  return { ...annotationOn(text, phrase, type), id: `${set}-${text.indexOf(phrase)}`, set };
}

/** A workspace where alice and bob annotated the article differently (three items), opened through the API as the app does. */
async function adjudicated() {
  const { workspace, documentId, text } = await workspaceWithArticle(ARTICLE);
  const alice = [tagged(text, 'alice', 'the quay will reopen on Friday'), tagged(text, 'alice', 'Fishers doubted it', 'claim')];
  const bob = [tagged(text, 'bob', 'the quay will reopen'), tagged(text, 'bob', 'The council blamed the storm', 'claim')];
  await writeSetFile(workspace, documentId, alice, 'alice');
  await writeSetFile(workspace, documentId, bob, 'bob');
  const keys = alignForAdjudication([...alice, ...bob], ['alice', 'bob'], 'gold').map((item) => item.key);
  return { dir: workspace.dir, workspace, documentId, alice, keys, open: () => openApi(workspace.dir) };
}

/** A new session on the workspace, as the app's next start makes. */
async function openApi(dir: string) {
  const session = new Session(new Preferences({ store: {} }), () => undefined);
  const opened = await session.open(dir);
  if (!opened.ok) throw new Error(opened.error.message);
  const handlers = createHandlers({
    session,
    dialogs: { chooseFolder: async () => null, chooseFiles: async () => [], chooseSaveTarget: async () => null },
    links: { confirmAndOpen: async () => false },
  });
  return {
    call: (channel: string, payload: unknown) => dispatch(handlers, channel, payload),
    close: () => session.close(),
  };
}

describe('adjudication decisions kept by the store', () => {
  it('keeps rejected items per document and gold set across sessions, in a schema-checked file of their own', async () => {
    const { dir, documentId, keys, open } = await adjudicated();
    const first = await open();
    expect(await first.call('rejectItems', { documentId, gold: 'gold', keys: [keys[0], keys[2]] })).toEqual({ ok: true, value: {} });
    // Rejecting again is no change; another gold set (another adjudicator's) has a file of its own.
    expect(await first.call('rejectItems', { documentId, gold: 'gold', keys: [keys[0]] })).toEqual({ ok: true, value: {} });
    expect(await first.call('rejectItems', { documentId, gold: 'Gold (Anna)', keys: [keys[1]] })).toEqual({ ok: true, value: {} });
    await first.close();

    const second = await open();
    expect(await second.call('listRejectedItems', { documentId, gold: 'gold' })).toEqual({ ok: true, value: { keys: [keys[0], keys[2]] } });
    expect(await second.call('listRejectedItems', { documentId, gold: 'Gold (Anna)' })).toEqual({ ok: true, value: { keys: [keys[1]] } });
    const file = JSON.parse(await readFile(join(dir, 'adjudication', documentId, 'gold.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'gloss.adjudication', version: 1, documentId, set: 'gold', rejected: [{ key: keys[0] }, { key: keys[2] }] });

    // Undecided (U), or taken since: the rejection goes, the others stay.
    expect(await second.call('reopenItems', { documentId, gold: 'gold', keys: [keys[0]] })).toEqual({ ok: true, value: {} });
    expect(await second.call('listRejectedItems', { documentId, gold: 'gold' })).toEqual({ ok: true, value: { keys: [keys[2]] } });
    await second.close();
  });

  it('refuses a key that is not annotation ids joined by "+"', async () => {
    const { documentId, open } = await adjudicated();
    const api = await open();
    expect(await api.call('rejectItems', { documentId, gold: 'gold', keys: ['../x'] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await api.close();
  });

  it('reports a damaged decisions file by name and never writes over it', async () => {
    const { dir, documentId, keys, open } = await adjudicated();
    const api = await open();
    await api.call('rejectItems', { documentId, gold: 'gold', keys: [keys[0]] });
    const path = join(dir, 'adjudication', documentId, 'gold.json');
    const damaged = (await readFile(path, 'utf8')).replace('"rejected": [', '"rejected": [ 7,');
    await writeFile(path, damaged);
    const listed = await api.call('listRejectedItems', { documentId, gold: 'gold' });
    expect(listed).toMatchObject({ ok: false, error: { message: expect.stringContaining(`adjudication/${documentId}/gold.json`) } });
    expect(await api.call('rejectItems', { documentId, gold: 'gold', keys: [keys[1]] })).toMatchObject({ ok: false });
    expect(await readFile(path, 'utf8')).toBe(damaged);
    await api.close();
  });

  it('refuses a file that speaks for another document or gold set (copied by hand)', async () => {
    const { dir, documentId, keys, open } = await adjudicated();
    const api = await open();
    await api.call('rejectItems', { documentId, gold: 'gold', keys: [keys[0]] });
    await writeFile(join(dir, 'adjudication', documentId, 'gold-2.json'), await readFile(join(dir, 'adjudication', documentId, 'gold.json')));
    expect(await api.call('listRejectedItems', { documentId, gold: 'gold-2' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('set "gold"') } });
    await api.close();
  });

  it('follows its gold set: renamed, the rejections go with it; removed, they go too', async () => {
    const { workspace, documentId, alice, keys, open } = await adjudicated();
    // Renaming needs annotations in the set: gold holds alice's quote, taken.
    await writeSetFile(workspace, documentId, [{ ...(alice[0] as StoredAnnotation), id: 'gold-1', set: 'gold' }], 'gold');
    const api = await open();
    await api.call('rejectItems', { documentId, gold: 'gold', keys: [keys[0]] });
    await api.call('rejectItems', { documentId, gold: 'final', keys: [keys[1]] });
    expect(await api.call('renameAnnotationSet', { from: 'gold', to: 'final' })).toMatchObject({ ok: true });
    expect(await api.call('listRejectedItems', { documentId, gold: 'gold' })).toEqual({ ok: true, value: { keys: [] } });
    expect(await api.call('listRejectedItems', { documentId, gold: 'final' })).toEqual({ ok: true, value: { keys: [keys[1], keys[0]] } });
    expect(await api.call('removeAnnotationSet', { set: 'final' })).toMatchObject({ ok: true });
    expect(await api.call('listRejectedItems', { documentId, gold: 'final' })).toEqual({ ok: true, value: { keys: [] } });
    await api.close();
  });

  it('gloss validate names a damaged or misnamed decisions file, and repair removes a temporary file left beside them', async () => {
    const { dir, documentId, keys, open } = await adjudicated();
    const api = await open();
    await api.call('rejectItems', { documentId, gold: 'gold', keys: [keys[0]] });
    await api.close();
    expect(await gloss('validate', dir)).toMatchObject({ code: 0 });
    const folder = join(dir, 'adjudication', documentId);
    await writeFile(join(folder, 'other.json'), await readFile(join(folder, 'gold.json')));
    await writeFile(join(folder, 'broken.json'), '{"format":"gloss.adjudication","version":1,');
    const leftover = join(folder, 'gold.json.0123456789ab.gloss-tmp');
    await writeFile(leftover, '{');
    const validated = await gloss('validate', dir);
    expect(validated.code).toBe(1);
    expect(validated.output).toContain(`adjudication/${documentId}/other.json holds the decisions for set "gold"`);
    expect(validated.output).toContain(`adjudication/${documentId}/broken.json`);
    expect(validated.output).toContain(`adjudication/${documentId}/gold.json.0123456789ab.gloss-tmp is a temporary file`);
    expect((await gloss('repair', dir)).code).toBe(0);
    expect(await stat(leftover).catch(() => null)).toBeNull();
  });

  it('answers every document’s progress, derived from the gold set and the rejections, the same after a restart', async () => {
    const { workspace, documentId, alice, keys, open } = await adjudicated();
    const first = await open();
    expect(await first.call('adjudicationProgress', { gold: 'gold', leftOut: [] })).toEqual({ ok: true, value: { documents: [{ documentId, sets: 2, items: 3, decided: 0 }], problems: [] } });
    // One item taken into gold (the quote, alice's version), one rejected.
    const taken = { ...(alice[0] as StoredAnnotation), id: 'gold-1', set: 'gold' };
    await writeSetFile(workspace, documentId, [taken], 'gold');
    await first.close();
    const second = await open();
    const rejectedKey = keys.find((key) => !key.includes(alice[0]?.id ?? '')) as string;
    await second.call('rejectItems', { documentId, gold: 'gold', keys: [rejectedKey] });
    expect(await second.call('adjudicationProgress', { gold: 'gold', leftOut: [] })).toMatchObject({ ok: true, value: { documents: [{ documentId, items: 3, decided: 2 }] } });
    // Bob left out: one set remains, nothing to adjudicate there.
    expect(await second.call('adjudicationProgress', { gold: 'gold', leftOut: ['bob'] })).toMatchObject({ ok: true, value: { documents: [{ sets: 1, items: 0, decided: 0 }] } });
    await second.close();
  });
});

describe('adjudication decisions merged by sync', () => {
  const file = (rejected: string[]) => ({ format: 'gloss.adjudication', version: 1, documentId: 'd1', set: 'gold', rejected: rejected.map((key) => ({ key, rejected: '2026-12-03T10:00:00.000Z' })) });

  it('merges the same gold set decided on two machines as a set of keys, without conflicts', () => {
    const merged = mergeWorkspaceFile(file(['a1+b1', 'a2']), file(['a1+b1', 'a3']), file(['a2', 'b4']));
    expect(merged).toMatchObject({ ok: true, value: { format: 'gloss.adjudication', conflicts: [] } });
    const keys = (merged.ok ? (merged.value.value as { rejected: { key: string }[] }).rejected : []).map((item) => item.key);
    // a1+b1 reopened there, a2 reopened here: both stay reopened; a3 and b4 rejected on one side each.
    expect(keys.sort()).toEqual(['a3', 'b4']);
  });
});
