/**
 * Injected by the harness in place of the Electron preload: the same
 * `window.gloss` built from the same contract, over HTTP instead of IPC.
 * Bundled for the browser by the harness at start-up.
 */
import { createApiClient } from '../../core/api/client';
import type { ApiError } from '../../core/api/contract';
import type { Result } from '../../core/result';

const token = document.querySelector<HTMLMetaElement>('meta[name="gloss-harness-token"]')?.content ?? '';

const api = createApiClient({
  async call(channel, request) {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gloss-token': token },
      body: JSON.stringify(request ?? {}),
    });
    return (await response.json()) as Result<unknown, ApiError>;
  },
  listen(event, listener) {
    const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.addEventListener(event, (message) => listener(JSON.parse(message.data)));
    return () => source.close();
  },
});

Object.defineProperty(window, 'gloss', { value: api, writable: false, configurable: false });
