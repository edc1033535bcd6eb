/**
 * Injected by the harness in place of the Electron preload: the same
 * `window.gloss` built from the same contract, over HTTP instead of IPC.
 * Bundled for the browser by the harness at start-up.
 */
import { createApiClient } from '../../core/api/client';
import type { ApiError } from '../../core/api/contract';
import type { Result } from '../../core/result';

const token = document.querySelector<HTMLMetaElement>('meta[name="gloss-harness-token"]')?.content ?? '';

let shared: EventSource | null = null;

/**
 * One event stream for every listener: a browser keeps at most six HTTP/1.1
 * connections to a host, and a stream per listener used them all, leaving
 * none for the page's own scripts and calls.
 */
function events(): EventSource {
  shared ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  return shared;
}

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
    const forward = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
    const source = events();
    source.addEventListener(event, forward);
    return () => source.removeEventListener(event, forward);
  },
});

Object.defineProperty(window, 'gloss', { value: api, writable: false, configurable: false });
