const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A line for the terminal made of text from elsewhere (a file's name, a
 * message quoting one): control characters and line separators are written
 * as escapes, so a name holding a newline cannot split one report line into
 * two (or forge a line of its own) and a name holding escape codes cannot
 * drive the terminal.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
