import { BYLINE_OPENINGS, DESK_BYLINES } from './furniture-phrases';
import { endsAsSentence, lowerLine, wordCount } from './line-text';

/*
 * Bylines, kept apart from the date lines so that importers needing only a
 * byline (Markdown, Word, PDF) do not load the date parsers.
 */

/** A name: two to five words, each capitalised (particles like "de", "van", "ibn" allowed). */
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|del|der|van|von|le|la|ibn|bin|al)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|der|van|von|le|la|ibn|bin|al|and|und|et|y|и|և)){1,6}$/u;

/** Longest first, so "published on" is taken whole rather than as "published". */
export const byLength = (openings: readonly string[]) => [...openings].sort((a, b) => b.length - a.length);
const BYLINE_LABELS = byLength(BYLINE_OPENINGS);

/** The rest of a line after one of its labels ("By", "Published on"), or null when it has none. */
export function stripOpening(text: string, openings: readonly string[]): string | null {
  const lower = lowerLine(text);
  for (const opening of openings) {
    if (lower.startsWith(`${opening} `) || (opening.endsWith(':') && lower.startsWith(opening))) {
      return text.slice(opening.length).replace(/^[\s:]+/, '').trim();
    }
  }
  return null;
}

/** "By Ann Writer", "Par Anne Auteur, à Lyon", "Автор: Иван Петров": the names, or null. */
export function readBylinePart(part: string): string | null {
  if (DESK_BYLINES.includes(part.toLowerCase())) return part;
  const rest = stripOpening(part, BYLINE_LABELS);
  if (rest === null || rest.length === 0 || (endsAsSentence(rest) && wordCount(rest) > 8)) return null;
  // A name comes first; a role, a place or an agency may follow it ("Ann Writer, Paris correspondent").
  const [name = ''] = rest.split(/\s*[,(|;]\s*/);
  return NAME.test(name) ? rest.replace(/[\s,;]+$/, '') : null;
}
