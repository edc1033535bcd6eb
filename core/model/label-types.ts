import { z } from 'zod';
import { LabelTypeIdSchema } from './annotation';

export const LabelTypeSchema = z.object({
  id: LabelTypeIdSchema,
  name: z.string().min(1),
  /** A CSS colour, painted translucent behind the text. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** One key, pressed without modifiers while reading. */
  shortcut: z.string().length(1).optional(),
});
export type LabelType = z.infer<typeof LabelTypeSchema>;

/** The three kinds of span an analyst tags in news reporting. */
export const DEFAULT_LABEL_TYPES: readonly LabelType[] = [
  { id: 'quote', name: 'Quote', color: '#f2b134', shortcut: 'q' },
  { id: 'event', name: 'Event', color: '#3aa6dd', shortcut: 'e' },
  { id: 'claim', name: 'Claim', color: '#e0607e', shortcut: 'c' },
];
