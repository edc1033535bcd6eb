import { z } from 'zod';

/** "a, b,c" as a list, then each checked by the contract's schema for it. */
export const commaList = <S extends z.ZodType<unknown, string[]>>(list: S) =>
  z
    .string()
    .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
    .pipe(list);
