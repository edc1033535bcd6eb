/**
 * Text is normalised exactly once, at import; offsets are then stable forever.
 * Line endings become \n, the text is NFC, and the space-like characters that
 * web pages and word processors scatter through articles become plain spaces.
 */

// No-break, en/em/thin/hair and other fixed-width spaces, narrow no-break,
// medium mathematical and ideographic space.
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width space and byte-order marks carry no meaning in an article. The
// zero-width joiner (U+200D) is kept: emoji sequences depend on it.
const INVISIBLES = /[\u200b\ufeff]/g;

export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLES, '');
}

/** Runs that are not already one plain space (a lone space is left alone, so most lines are not copied). */
const SPACE_RUNS = /[ \t]*\t[ \t]*| {2,}/g;

/** Collapses runs of spaces and tabs, as a browser does when laying out HTML. */
export function collapseSpaces(line: string): string {
  return line.replace(SPACE_RUNS, ' ').trim();
}
