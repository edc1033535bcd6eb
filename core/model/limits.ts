/**
 * Upper bounds on what a Gloss file may hold, in UTF-16 units for strings. No
 * real article or annotation comes near them; a file that exceeds one was made
 * by mistake or to hurt, and is refused with a message saying which field.
 */
export const LIMITS = {
  /** A document's whole text: the import limit is 20 MB of file. */
  text: 20_000_000,
  /** One fragment's quoted text. */
  quote: 500_000,
  /** Prefix or suffix context (Gloss writes 32 code points). */
  context: 256,
  title: 2_000,
  url: 8_000,
  /** Ids, type and field names, set names, dates. */
  name: 200,
  fieldText: 20_000,
  note: 200_000,
  fragments: 1_000,
} as const;
