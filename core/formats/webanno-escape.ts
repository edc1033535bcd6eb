/**
 * WebAnno TSV 3.3's two escapings, as INCEpTION writes them
 * (tsv3x/Escaping.java): feature values escape the format's reserved
 * characters (`\ [ ] | _ -> ; * tab newline`); sentence and token text escape
 * line breaks, tabs and other control characters.
 */
const VALUE_ESCAPES: readonly (readonly [string, string])[] = [
  ['\\', '\\\\'], ['[', '\\['], [']', '\\]'], ['|', '\\|'], ['_', '\\_'], ['->', '\\->'], [';', '\\;'], ['\t', '\\t'], ['\n', '\\n'], ['*', '\\*'],
];
const VALUE_PATTERN = /\\|\[|\]|\||_|->|;|\t|\n|\*/g;
const VALUE_ESCAPED = /\\(\\|\[|\]|\||_|->|;|t|n|\*)/g;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '\b': '\\b', '\\': '\\\\' };
// Other control characters (0–7, 14–31) get a backslash before them, as INCEpTION writes them.
// eslint-disable-next-line no-control-regex
const TEXT_PATTERN = /[\x00-\x1f\\]/g;
// eslint-disable-next-line no-control-regex
const TEXT_ESCAPED = /\\([tnfrb\\]|[\x00-\x07\x0e-\x1f])/g;
const TEXT_UNESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', f: '\f', r: '\r', b: '\b', '\\': '\\' };

const valueEscape = new Map(VALUE_ESCAPES);
const valueUnescape = new Map(VALUE_ESCAPES.map(([plain, escaped]) => [escaped.slice(1), plain]));

export const escapeValue = (value: string) => value.replace(VALUE_PATTERN, (match) => valueEscape.get(match) ?? match);
export const unescapeValue = (value: string) => value.replace(VALUE_ESCAPED, (_, escaped: string) => valueUnescape.get(escaped) ?? escaped);

export const escapeText = (text: string) => text.replace(TEXT_PATTERN, (match) => TEXT_ESCAPES[match] ?? `\\${match}`);
export const unescapeText = (text: string) => text.replace(TEXT_ESCAPED, (_, escaped: string) => TEXT_UNESCAPES[escaped] ?? escaped);

/** Splits at a separator that no backslash escapes (stacked values at `|`, slot links at `;`). */
export function splitUnescaped(value: string, separator: '|' | ';'): string[] {
  // Most cells have no backslash: a plain split, instead of walking every character of every cell of every token.
  if (!value.includes('\\')) return value.split(separator);
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (char === '\\' && i + 1 < value.length) {
      current += char + (value[i + 1] as string);
      i++;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function lastUnescapedBracket(entry: string): number {
  let open = -1;
  for (let i = 0; i < entry.length; i++) {
    if (entry[i] === '\\') i++;
    else if (entry[i] === '[') open = i;
  }
  return open;
}

/** Where an entry's disambiguation id begins (its `[`), or -1: the last bracket no backslash escapes (a value may end in an escaped backslash). */
function idBracket(entry: string): number {
  const open = entry.includes('\\') ? lastUnescapedBracket(entry) : entry.lastIndexOf('[');
  return open >= 0 && /^\[[\d_]+\]$/.test(entry.slice(open)) ? open : -1;
}

/** A stacked entry's disambiguation id (`PER[2]` gives "2"), or null; the value is not unescaped, for the many tokens that need only the id. */
export function entryId(entry: string): string | null {
  // Most entries have no id at all: no bracket, nothing to test.
  if (!entry.endsWith(']')) return null;
  const open = idBracket(entry);
  return open === -1 ? null : entry.slice(open + 1, -1);
}

/** The unescaped value of a stacked entry without its disambiguation id (`PER[2]` gives "PER"), null for `*`. */
export function entryValue(entry: string): string | null {
  const open = entry.endsWith(']') ? idBracket(entry) : -1;
  const raw = open === -1 ? entry : entry.slice(0, open);
  return raw === '*' ? null : unescapeValue(raw);
}
