import {
  CHANNEL_NAMES,
  EVENT_NAMES,
  type ApiError,
  type ChannelName,
  type EventName,
  type GlossApi,
} from './contract';
import type { Result } from '../result';

/**
 * A call the transport could not make (the services' process or the harness
 * is gone: IPC or the network refuses) answers like any failure, so the
 * page says why and keeps the change, instead of waiting forever on a
 * rejected promise.
 */
export const SERVICES_STOPPED = "Gloss's services stopped";

function servicesStopped(): Result<never, ApiError> {
  return { ok: false, error: { code: 'failed', message: SERVICES_STOPPED } };
}

/** How calls reach the services: IPC in Electron, HTTP in the browser harness. */
export interface Transport {
  call(channel: ChannelName, request: unknown): Promise<Result<unknown, ApiError>>;
  listen(event: EventName, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds the `window.gloss` object from a transport: one function per contract
 * channel plus `on`. Responses are trusted (they come from Gloss's own
 * services, which build them from validated data), so they are not parsed again.
 */
export function createApiClient(transport: Transport): GlossApi {
  const api: Record<string, unknown> = {
    on(event: EventName, listener: (payload: unknown) => void) {
      if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event "${String(event)}"`);
      return transport.listen(event, listener);
    },
  };
  for (const channel of CHANNEL_NAMES) {
    api[channel] = (request: unknown) => transport.call(channel, request).catch(servicesStopped);
  }
  // Built key by key from the same tables GlossApi is derived from.
  return api as GlossApi;
}
