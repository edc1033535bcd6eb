/**
 * JSON.stringify's text as a list of pieces whose joined text is exactly
 * what JSON.stringify(value, null, indent) writes: the objects and lists of
 * the first `depth` levels are opened piece by piece, and everything deeper
 * is stringified whole. One JSON.stringify of a large value makes a string
 * of many joined parts, which V8 copies flat the first time it is measured
 * or encoded, at several times the cost of stringifying it; pieces the size
 * of one annotation are measured and encoded almost for free, so writers
 * encode the pieces one by one (OutputPiece, the store's files).
 */

export interface PieceOptions {
  /** How many levels of objects and lists are opened piece by piece. */
  depth: number;
  /** JSON.stringify's indentation ('' for one line). */
  indent?: string;
}

/** What JSON.stringify writes for a value that has no JSON (undefined, a function, a symbol): nothing in an object, null in a list. */
const hasJson = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/** A plain object or list to open piece by piece: one with toJSON is left to JSON.stringify, which calls it. */
const isOpenable = (value: unknown): value is object => value !== null && typeof value === 'object' && !('toJSON' in value && typeof value.toJSON === 'function');

export function jsonPieces(value: object, { depth, indent = '' }: PieceOptions): string[] {
  const pieces: string[] = [];
  const lineBreak = indent === '' ? '' : '\n';
  const colon = indent === '' ? ':' : ': ';
  // Each opening (a bracket, a comma, a key) is written with what follows it, so no piece is a lone comma.
  const walk = (item: unknown, pad: string, levels: number, opening: string): void => {
    const inner = pad + indent;
    if (levels > 0 && isOpenable(item)) {
      const entries: [string | null, unknown][] = Array.isArray(item)
        ? Array.from(item as unknown[], (element) => [null, hasJson(element) ? element : null])
        : Object.entries(item).filter(([, element]) => hasJson(element));
      if (entries.length > 0) {
        const [open, close] = Array.isArray(item) ? ['[', ']'] : ['{', '}'];
        entries.forEach(([key, element], i) => {
          walk(element, inner, levels - 1, `${i === 0 ? opening + open : ','}${lineBreak}${inner}${key === null ? '' : JSON.stringify(key) + colon}`);
        });
        pieces.push(`${lineBreak}${pad}${close}`);
        return;
      }
    }
    const json = JSON.stringify(item, null, indent);
    // JSON.stringify escapes line breaks inside strings, so each one here starts a line to indent.
    pieces.push(opening + (pad === '' || lineBreak === '' ? json : json.replaceAll('\n', `\n${pad}`)));
  };
  walk(value, '', depth, '');
  return pieces;
}
