import { contract, type ApiError, type ChannelName } from '../../../core/api/contract';
import { err, type Result } from '../../../core/result';
import type { z } from 'zod';
import { parseUnknown } from '../../../core/validation/parse-unknown';
import type { ApiHandlers } from './handlers';

function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

/**
 * The single door into the services from IPC and from the harness: checks the
 * channel, validates the request against the contract, and turns anything
 * thrown into an error result, so a caller always gets an answer.
 */
export async function dispatch(
  handlers: ApiHandlers,
  channel: string,
  payload: unknown,
): Promise<Result<unknown, ApiError>> {
  if (!isChannelName(channel)) return err({ code: 'invalid-request', message: `unknown call "${channel}"` });
  const schema: z.ZodType = contract[channel].request;
  const request = parseUnknown(schema, payload);
  if (!request.ok) return err({ code: 'invalid-request', message: `${channel}: ${request.error}` });
  // TypeScript cannot tie handlers[channel] to the request type when channel is
  // a union; the pair was just validated against the same contract entry.
  const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown, ApiError>>;
  try {
    return await handler(request.value);
  } catch (error) {
    return err({ code: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
