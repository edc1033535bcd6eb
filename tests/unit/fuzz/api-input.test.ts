import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract } from '../../../core/api/contract';
import { dispatch } from '../../../main/services/api/dispatch';
import { createHandlers } from '../../../main/services/api/handlers';
import { Preferences } from '../../../main/services/preferences/preferences';
import { Session } from '../../../main/services/session/session';
import { workspaceWithArticle } from '../services/workspace-helpers';
import { fuzzSettings } from './settings';

/** Any JSON value, with the shapes IPC messages tend to have, hostile strings included. */
const anyPayload = fc.oneof(
  fc.jsonValue(),
  fc.record({ documentId: fc.string(), annotations: fc.array(fc.jsonValue(), { maxLength: 3 }) }),
  fc.record({ paths: fc.array(fc.constantFrom('../../etc/passwd', '/dev/zero', '', 'C:\\\\Windows', '\u0000'), { maxLength: 3 }) }),
  fc.constantFrom(undefined, null, '__proto__', { __proto__: { polluted: true } }, { constructor: { prototype: {} } }),
);

describe('every API call, fed arbitrary input', () => {
  it('answers with a result and never throws; what fails validation never reaches a service', async () => {
    const { workspace } = await workspaceWithArticle();
    const session = new Session(new Preferences({ store: {} }), () => undefined);
    await session.open(workspace.dir);
    const neverChoose = { chooseFolder: async () => null, chooseFiles: async () => [], chooseSaveTarget: async () => null };
    const handlers = createHandlers({ session, dialogs: neverChoose, links: { confirmAndOpen: async () => false } });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES, 'nope', 'toString', '__proto__'), anyPayload, async (channel, payload) => {
        const result = await dispatch(handlers, channel, payload);
        expect(typeof result.ok).toBe('boolean');
        const valid = Object.hasOwn(contract, channel) && contract[channel as keyof typeof contract].request.safeParse(payload).success;
        if (!valid) expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      }),
      fuzzSettings(),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await session.close();
  });
});
