import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../core/api/contract';
import { dispatch } from '../../../main/services/api/dispatch';
import { createHandlers } from '../../../main/services/api/handlers';
import { Preferences } from '../../../main/services/preferences/preferences';
import { Session, type Dialogs } from '../../../main/services/session/session';
import { Workspace } from '../../../main/services/workspace/workspace';
import { tempFolder } from './workspace-helpers';

/** The services as the page reaches them, with dialogs that answer `folder` (or cancel). */
function servicesFor(folder: string | null) {
  const session = new Session(new Preferences({ store: {} }), () => undefined);
  const dialogs: Dialogs = { chooseFolder: async () => folder, chooseFiles: async () => [], chooseSaveTarget: async () => null };
  const handlers = createHandlers({ session, dialogs, links: { confirmAndOpen: async () => false } });
  return { session, call: (channel: string, payload: unknown) => dispatch(handlers, channel, payload) };
}

/** The page can name no file or folder of its own choosing: paths come from main's dialogs or the recent list. */
describe('paths the page may send', () => {
  it('has no call that imports files by path (drops send their bytes)', async () => {
    expect(CHANNEL_NAMES).not.toContain('importFiles');
    const outside = join(await tempFolder(), 'secret.txt');
    await writeFile(outside, 'Secret\n\nNot for the page to read.\n');
    const { call } = servicesFor(null);
    expect(await call('importFiles', { paths: [outside] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('opens a workspace from the recent list, and no other path', async () => {
    const folder = await tempFolder();
    const [known, other] = [join(folder, 'known'), join(folder, 'other')];
    for (const dir of [known, other]) expect((await Workspace.create(dir, 'W')).ok).toBe(true);
    const { session, call } = servicesFor(null);
    session.preferences.rememberWorkspace(known);
    const refused = await call('openWorkspace', { path: other });
    expect(!refused.ok && refused.error.message).toMatch(/is not one of the recent workspaces/);
    expect(session.workspace).toBeNull();
    expect(await call('openWorkspace', { path: known })).toEqual({ ok: true, value: { opened: true } });
    expect(session.workspace?.dir).toBe(known);
    await session.close();
  });

  it('creates a workspace only where the dialog says, refusing a path from the page', async () => {
    const folder = await tempFolder();
    const { session, call } = servicesFor(join(folder, 'chosen'));
    expect(await call('createWorkspace', { name: 'W', path: join(folder, 'from-the-page') })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('createWorkspace', { name: 'W' })).toEqual({ ok: true, value: { opened: true } });
    expect(session.workspace?.dir).toBe(join(folder, 'chosen'));
    await session.close();
  });
});
