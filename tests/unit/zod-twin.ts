import { expect, it } from 'vitest';
import type { z } from 'zod';
import type { Result } from '../../core/result';
import { parseUnknown } from '../../core/validation/parse-unknown';

/** A refused value: what it is, the value, and the message zod gives for it. */
export type Refusal = [name: string, value: unknown, message: RegExp];

/**
 * For a plain-code check that stands in front of a zod schema: each refused
 * value is refused by the check too, and the reader gives zod's own message.
 */
export function itRefusesWithZodsMessage(refused: Refusal[], twin: { check: (value: unknown) => boolean; read: (value: unknown) => Result<unknown, string>; schema: z.ZodType }): void {
  it.each(refused)('refuses %s with zod’s message', (_name, value, message) => {
    expect(twin.check(value)).toBe(false);
    const parsed = twin.read(value);
    expect(parsed).toEqual(parseUnknown(twin.schema, value));
    expect(!parsed.ok && parsed.error).toMatch(message);
  });
}
