/**
 * What can be told about one line of a pasted page from its text alone:
 * how long it is, whether it reads as a sentence, which script it is in,
 * whether it is a link or a row of controls.
 */

import { CONTROL_TOKENS } from './furniture-phrases';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/**
 * Letter-or-digit answers for the Basic Multilingual Plane, looked up once
 * per code point (1 yes, 2 no, 0 not yet): the property regex costs
 * microseconds and a 1 MB page has a million characters.
 */
const bmpAnswers = new Uint8Array(0x10000);

/** How many UTF-16 units the letter or digit at `i` takes (2 beyond the BMP), or 0 when it is neither. */
function letterOrDigitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) as number)) ? 2 : 0;
  }
  let answer = bmpAnswers[code];
  if (!answer) bmpAnswers[code] = answer = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return answer === 1 ? 1 : 0;
}

/** The length in UTF-16 units of the character at `i`: what to step over when it is not a letter or digit. */
function unitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * Lower-case letters and digits only, single-spaced: how lines are compared
 * with the phrase lists and with each other. Runs of letters are sliced out
 * whole rather than built character by character: this is called for every
 * short line of a 1 MB page.
 */
export function phraseKey(text: string): string {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let i = 0;
  while (i < lower.length) {
    const start = i;
    for (let units = letterOrDigitAt(lower, i); units > 0; units = letterOrDigitAt(lower, i)) i += units;
    if (i > start) words.push(lower.slice(start, i));
    else i += unitsAt(lower, i);
  }
  return words.join(' ');
}

/** As phraseKey, without numbers: "12 Comments" and "Comments (3)" are the same label. */
export function labelKey(text: string): string {
  return phraseKey(text)
    .split(' ')
    .filter((word) => !/^\d+$/.test(word))
    .join(' ');
}

/** Lower case with typographic apostrophes made plain, for matching openings that keep their punctuation. */
export function lowerLine(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'");
}

/** Characters that join a word's letters ("don't", "U.S.", "co-op") rather than end it. */
const INSIDE_WORD = new Set(["'", '’', '.', '-']);

/**
 * Words as runs of letters and digits, joined by apostrophes, points and
 * hyphens. A loop rather than a regex match: it is called several times for
 * every line of a 1 MB page, and the match arrays it made were most of the time.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const units = letterOrDigitAt(text, i);
    if (units > 0) {
      if (!inWord) count++;
      inWord = true;
      i += units;
    } else {
      if (!INSIDE_WORD.has(text.charAt(i))) inWord = false;
      i += unitsAt(text, i);
    }
  }
  return count;
}

/** Ends as a sentence does, allowing closing quotes and brackets after the stop. */
const SENTENCE_END = /[.!?…;:。！？։՞՜؟۔]["'”’»)\]]*$/u;
/** Ends with a full stop (a headline may end with ? or ! but hardly ever with a period). */
const FULL_STOP_END = /[.…。։۔]["'”’»)\]]*$/u;

export function endsAsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export function endsWithFullStop(text: string): boolean {
  return FULL_STOP_END.test(text);
}

/**
 * Script blocks by code point, checked by range rather than by Unicode
 * property regexes: a 1 MB page has tens of thousands of lines and the
 * property escapes cost microseconds per character.
 */
const SCRIPT_RANGES: readonly [number, number, string][] = [
  [0x0041, 0x024f, 'Latin'],
  [0x1e00, 0x1eff, 'Latin'],
  [0x0370, 0x03ff, 'Greek'],
  [0x0400, 0x052f, 'Cyrillic'],
  [0x0531, 0x058f, 'Armenian'],
  [0x0590, 0x05ff, 'Hebrew'],
  [0x0600, 0x06ff, 'Arabic'],
  [0x0900, 0x097f, 'Devanagari'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x10a0, 0x10ff, 'Georgian'],
  [0x3040, 0x30ff, 'Han'],
  [0x4e00, 0x9fff, 'Han'],
  [0xac00, 0xd7af, 'Hangul'],
];
/** Scripts written without spaces between words: their lines are judged by characters, not words. */
const UNSPACED_SCRIPTS = new Set(['Han', 'Thai']);

function scriptOf(code: number): string | null {
  if (code < 0x41) return null;
  if (code <= 0x7a) return (code <= 0x5a || code >= 0x61) ? 'Latin' : null;
  for (const [low, high, script] of SCRIPT_RANGES) if (code >= low && code <= high) return script;
  return null;
}

/** The script most of a text's letters are in, or null when it has none it knows. Reads at most `limit` characters. */
export function dominantScript(text: string, limit = 4000): string | null {
  const counts = new Map<string, number>();
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

/**
 * A paragraph of running text: a sentence of some length. Menus, labels,
 * headlines and captions without a stop are not.
 */
export function readsAsParagraph(text: string): boolean {
  if (!endsAsSentence(text)) return false;
  return UNSPACED_SCRIPTS.has(dominantScript(text, 200) ?? '') ? text.length >= 25 : wordCount(text) >= 8;
}

/** Rows of controls are short; longer lines are not even looked at. */
const CONTROLS_MAX_LENGTH = 40;

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const EMAIL_ONLY = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const HANDLE_ONLY = /^@[\p{L}\p{N}_.]+$/u;

/** A bare web address, e-mail address or social media handle. */
export function isLinkOnly(text: string): boolean {
  return URL_ONLY.test(text) || EMAIL_ONLY.test(text) || HANDLE_ONLY.test(text);
}

/** A size picker ("XS SM MD LG"), pager, icon or bare number: nothing a reader reads. */
export function isControls(text: string): boolean {
  if (text.length > CONTROLS_MAX_LENGTH) return false;
  if (!/\p{L}/u.test(text)) return true;
  const tokens = text.toLowerCase().split(/\s+/);
  return tokens.every((token) => CONTROL_TOKENS.has(token));
}
