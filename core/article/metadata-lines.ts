import { parseAllDates, readArmenianDate } from '../fields/date-languages';
import { normaliseDate } from '../fields/natural-date';
import { byLength, readBylinePart, stripOpening } from './byline';
import { DATE_OPENINGS, WIRE_AGENCIES } from './furniture-phrases';
import { endsAsSentence, wordCount } from './line-text';

/** What a line near the headline says about the article rather than being part of it. */
export interface LineFacts {
  byline?: string;
  /** The date as printed. */
  published?: string;
  /** The same date in ISO 8601, as precise as printed. */
  publishedDate?: string;
  source?: string;
}

/** Bylines and date lines are short; a longer line is text even when it starts with "By". */
const MAX_META_LENGTH = 120;
/** Parts of a combined line: "By Ann Writer | 3 May 2024 | 4 min read". */
const PART_SEPARATOR = /\s+[|•·]\s+|\s+[–—]\s+|\s+\/\s+/u;
/** Reading time, views and other counters that share a line with the byline or date. */
const COUNTER = /^(?:\d+\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|minutes?|minuten|minutos)\.?(?:\s+\p{L}+){0,2}|\d[\d\s.,]*\s*(?:views|просмотр\p{L}*|vues|aufrufe))$/iu;
const DATE_LABELS = byLength(DATE_OPENINGS);

/** A date line's part: "Published 3 May 2024, 10:32 BST", "14.11.2023", "Mis à jour le 2 mars". */
function readDatePart(part: string, language: string | undefined): Pick<LineFacts, 'published' | 'publishedDate'> | null {
  const text = stripOpening(part, DATE_LABELS) ?? part;
  if (text.length === 0 || (endsAsSentence(text) && wordCount(text) > 8)) return null;
  const armenian = readArmenianDate(text);
  if (armenian && text.length - armenian.matched.length < 12) return { published: text, publishedDate: armenian.iso };
  // A date line names its own day: "3 hours ago" says nothing once the page is saved.
  const printed = normaliseDate(text, null, language === undefined ? {} : { language });
  if (!printed || printed.date.length < 10) return null;
  // Most of the part must be dates: "Talks resume on 3 May 2024" is a sentence, not a date line.
  const left = parseAllDates(text, language).reduce((rest, found) => rest.replace(found, ' '), text);
  if (wordCount(left.replace(/[\p{P}\p{S}\d]/gu, ' ')) > 2) return null;
  return { published: text, publishedDate: printed.date };
}

/** A wire agency in a dateline: "YEREVAN (Reuters) -", "PARIS, 3 mai (AFP) –". */
const DATELINE = /^\p{Lu}[\p{L}\p{M}\s.'’/-]{1,40}(?:,[^()]{1,30})?\s*\(([^)]{2,25})\)\s*[-–—:]/u;

export function readDatelineAgency(paragraph: string): string | null {
  const agency = DATELINE.exec(paragraph)?.[1]?.trim();
  return agency && WIRE_AGENCIES.includes(agency) ? agency : null;
}

const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([^.,|]{2,60}?)(?:\s+\d{4})?(?:[.,|]|\s[-–—]\s|\s+all rights|\s+tous droits|\s+alle rechte|\s+todos los|$)/iu;
const SOURCE_LINE = /^(?:source|источник|quelle|fuente|fonte|աղբյուր)\s*[:：]\s*(.{2,80})$/iu;

/** The outlet named by a copyright or "Source:" line, or null. */
export function readOutletLine(line: string): string | null {
  const named = COPYRIGHT.exec(line)?.[1] ?? SOURCE_LINE.exec(line)?.[1];
  const outlet = named?.trim();
  return outlet && !/^\d+$/.test(outlet) && wordCount(outlet) <= 6 ? outlet : null;
}

/**
 * What a short line near the top says about the article: byline, date,
 * both, with counters such as reading time. Null when any part is something else.
 */
export function readMetadataLine(line: string, language: string | undefined): LineFacts | null {
  if (line.length > MAX_META_LENGTH) return null;
  const facts: LineFacts = {};
  for (const part of line.split(PART_SEPARATOR).map((p) => p.trim()).filter(Boolean)) {
    if (COUNTER.test(part)) continue;
    const byline = facts.byline ? null : readBylinePart(part);
    if (byline) {
      facts.byline = byline;
      continue;
    }
    const date = facts.published ? null : readDatePart(part, language);
    if (date) {
      Object.assign(facts, date);
      continue;
    }
    return null;
  }
  return facts.byline || facts.published ? facts : null;
}
