import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../../core/api/contract';
import { ok } from '../../../core/result';
import type { ApiHandlers } from '../../../main/services/api/handlers';
import { registerIpcHandlers } from '../../../main/shell/ipc';

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
