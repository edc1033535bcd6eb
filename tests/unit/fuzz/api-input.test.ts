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
  // A valid request for every call that takes none, so their answers are checked too.
  fc.constant({}),
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
    const check = async (channel: string, payload: unknown) => {
        const result = await dispatch(handlers, channel, payload);
        const entry = Object.hasOwn(contract, channel) ? contract[channel as keyof typeof contract] : null;
        const valid = entry !== null && entry.request.safeParse(payload).success;
        if (!valid) {
          // Refused before any service, with a message that says what was wrong.
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/\S/) } });
        } else if (result.ok) {
          // An answer the renderer can rely on: exactly what the contract says this call returns.
          expect(entry.response.safeParse(result.value).success).toBe(true);
        } else {
          // A valid request the service could not carry out: its own reason, never a validation refusal.
          expect(result.error.code).not.toBe('invalid-request');
          expect(result.error.message).toMatch(/\S/);
        }
    };
    // Every call that takes no request, once, so each of their answers is checked whatever the seed draws.
    // The workspace is opened again before each, as an earlier one (closeWorkspace) may have closed it.
    for (const channel of CHANNEL_NAMES) {
      if (!contract[channel].request.safeParse({}).success) continue;
      await session.open(workspace.dir);
      await check(channel, {});
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES, 'nope', 'toString', '__proto__'), anyPayload, check),
      fuzzSettings(),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await session.close();
  });
});
