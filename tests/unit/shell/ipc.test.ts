import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../../core/api/contract';
import { ok } from '../../../core/result';
import type { ApiHandlers } from '../../../main/services/api/handlers';
import { isOwnMainFrame, registerIpcHandlers } from '../../../main/shell/ipc';

type Handler = (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<unknown>;

function register() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) };
  const getSession = vi.fn(async () => ok({ stub: true }));
  const api = { getSession } as unknown as ApiHandlers;
  registerIpcHandlers(ipcMain as never, () => api, (frame) => frame?.url.startsWith('gloss://app/') ?? false);
  return { handlers, getSession };
}

describe('registerIpcHandlers', () => {
  it('registers a handler for every channel of the contract', () => {
    const { handlers } = register();
    expect([...handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((name) => IPC_PREFIX + name).sort());
  });

  it('serves the app page', async () => {
    const { handlers, getSession } = register();
    const result = await handlers.get(`${IPC_PREFIX}getSession`)!({ senderFrame: { url: 'gloss://app/index.html' } }, {});
    expect(result).toEqual({ ok: true, value: { stub: true } });
    expect(getSession).toHaveBeenCalledOnce();
  });

  it('refuses a sender that is not the app page, without calling the service', async () => {
    const { handlers, getSession } = register();
    const result = await handlers.get(`${IPC_PREFIX}getSession`)!({ senderFrame: { url: 'https://evil.example/' } }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(getSession).not.toHaveBeenCalled();
  });

  it('validates the request before the service sees it', async () => {
    const { handlers, getSession } = register();
    const result = await handlers.get(`${IPC_PREFIX}getSession`)!({ senderFrame: { url: 'gloss://app/' } }, { extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(getSession).not.toHaveBeenCalled();
  });
});

describe('isOwnMainFrame', () => {
  const isOwnPage = (url: string) => url.startsWith('gloss://app/');
  const mainFrame = { url: 'gloss://app/index.html', parent: null, processId: 4, routingId: 1 };
  const contents = { mainFrame, isDestroyed: () => false };
  const check = (frame: object | null, of: object | undefined) => isOwnMainFrame(frame as never, of as never, isOwnPage);

  it("trusts the window's top frame showing the app page", () => {
    expect(check(mainFrame, contents)).toBe(true);
  });

  it.each([
    ['a subframe showing the app page', { ...mainFrame, parent: mainFrame, routingId: 2 }],
    ["another window's top frame", { ...mainFrame, processId: 5 }],
    ['the top frame once it shows another page', { ...mainFrame, url: 'https://evil.example/' }],
    ['no frame (it has gone)', null],
  ])('refuses %s', (_case, frame) => {
    expect(check(frame, contents)).toBe(false);
  });

  it('refuses everything once the window is gone', () => {
    expect(check(mainFrame, undefined)).toBe(false);
    expect(check(mainFrame, { mainFrame, isDestroyed: () => true })).toBe(false);
  });
});
