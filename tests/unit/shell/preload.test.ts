import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, IPC_EVENT_PREFIX, IPC_PREFIX } from '../../../core/api/contract';

const { exposed, invoke, on, off } = vi.hoisted(() => ({
  exposed: new Map<string, Record<string, unknown>>(),
  invoke: vi.fn(async () => ({ ok: true, value: {} })),
  on: vi.fn(),
  off: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
  ipcRenderer: { invoke, on, off },
}));
await import('../../../preload/index');

describe('preload', () => {
  it('exposes one object, window.gloss, with the contract calls and `on`, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['gloss']);
    expect(Object.keys(exposed.get('gloss') ?? {}).sort()).toEqual([...CHANNEL_NAMES, 'on'].sort());
    for (const value of Object.values(exposed.get('gloss') ?? {})) expect(typeof value).toBe('function');
  });

  it('forwards a call to its IPC channel without touching the request', async () => {
    const api = exposed.get('gloss') as Record<string, (request: unknown) => Promise<unknown>>;
    await api['loadDocument']?.({ documentId: 'doc-1' });
    expect(invoke).toHaveBeenCalledWith(`${IPC_PREFIX}loadDocument`, { documentId: 'doc-1' });
  });

  it('listens only to known events and gives back a way to stop', () => {
    const api = exposed.get('gloss') as { on: (event: string, listener: () => void) => () => void };
    const stop = api.on('notice', () => undefined);
    expect(on).toHaveBeenCalledWith(`${IPC_EVENT_PREFIX}notice`, expect.any(Function));
    stop();
    expect(off).toHaveBeenCalledWith(`${IPC_EVENT_PREFIX}notice`, expect.any(Function));
    expect(() => api.on('ipc-raw', () => undefined)).toThrow(/unknown event/);
  });
});
