import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REJECTED_FILE_NAME, SUGGESTIONS_SET } from '../../../core/model/suggestions';
import { suggestionKey } from '../../../core/suggest/to-annotations';
import { dispatch } from '../../../main/services/api/dispatch';
import { createHandlers } from '../../../main/services/api/handlers';
import { Preferences } from '../../../main/services/preferences/preferences';
import { Session } from '../../../main/services/session/session';
import { workspaceWithArticle } from './workspace-helpers';

const ARTICLE = await readFile(new URL('../../fixtures/suggest/desk/ferry-strike.txt', import.meta.url), 'utf8');

async function api() {
  const { workspace, documentId } = await workspaceWithArticle(ARTICLE);
  const session = new Session(new Preferences({ store: {} }), () => undefined);
  const opened = await session.open(workspace.dir);
  if (!opened.ok) throw new Error(opened.error.message);
  const handlers = createHandlers({
    session,
    dialogs: { chooseFolder: async () => null, chooseFiles: async () => [], chooseSaveTarget: async () => null },
    links: { confirmAndOpen: async () => false },
  });
  return { call: (channel: string, payload: unknown) => dispatch(handlers, channel, payload), documentId, workspace: opened.value };
}

describe('suggestions through the API', () => {
  it('suggests for the chosen documents, and a rejected suggestion is not made again', async () => {
    const { call, documentId, workspace } = await api();
    const first = await call('suggestAnnotations', { documentIds: [documentId], replace: false });
    expect(first).toMatchObject({ ok: true, value: { documents: 1 } });
    const suggested = (await workspace.readStoredAnnotations(documentId)).annotations.filter((a) => a.set === SUGGESTIONS_SET);
    const door = suggested.find((a) => a.fragments[0]?.exact === 'Our door was open until the last minute');
    expect(door).toBeDefined();

    expect(await call('rejectSuggestions', { documentId, keys: [suggestionKey(door!)] })).toEqual({ ok: true, value: {} });
    const again = await call('suggestAnnotations', { replace: true });
    expect(again).toMatchObject({ ok: true, value: { documents: 1, leftOut: 1 } });
    const now = (await workspace.readStoredAnnotations(documentId)).annotations.filter((a) => a.set === SUGGESTIONS_SET);
    expect(now.map((a) => a.fragments[0]?.exact)).not.toContain('Our door was open until the last minute');
    expect(now).toHaveLength(suggested.length - 1);
  });

  it('a rejection forgotten (the analyst undid it) is made again, and only that one; the file keeps the others', async () => {
    const { call, documentId, workspace } = await api();
    await call('suggestAnnotations', { documentIds: [documentId], replace: false });
    const suggested = (await workspace.readStoredAnnotations(documentId)).annotations.filter((a) => a.set === SUGGESTIONS_SET);
    const door = suggested.find((a) => a.fragments[0]?.exact === 'Our door was open until the last minute');
    const other = suggested.find((a) => a !== door);
    const keys = [suggestionKey(door!), suggestionKey(other!)];
    expect(await call('rejectSuggestions', { documentId, keys })).toEqual({ ok: true, value: {} });
    expect(await call('suggestAnnotations', { replace: true })).toMatchObject({ ok: true, value: { leftOut: 2 } });

    expect(await call('forgetRejectedSuggestions', { documentId, keys: [keys[0]] })).toEqual({ ok: true, value: {} });
    const file = JSON.parse(await readFile(join(workspace.dir, REJECTED_FILE_NAME), 'utf8')) as { rejected: { key: string }[] };
    expect(file.rejected.map((item) => item.key)).toEqual([keys[1]]);
    expect(await call('suggestAnnotations', { replace: true })).toMatchObject({ ok: true, value: { leftOut: 1 } });
    const now = (await workspace.readStoredAnnotations(documentId)).annotations.filter((a) => a.set === SUGGESTIONS_SET).map(suggestionKey);
    expect(now).toContain(keys[0]);
    expect(now).not.toContain(keys[1]);
    // Forgetting what was never rejected changes nothing and is no error.
    expect(await call('forgetRejectedSuggestions', { documentId, keys: [keys[0]] })).toEqual({ ok: true, value: {} });
  });

  it('refuses a document the workspace does not have, naming it', async () => {
    const { call } = await api();
    expect(await call('suggestAnnotations', { documentIds: ['no-such-doc'], replace: false })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('no-such-doc') },
    });
  });
});
