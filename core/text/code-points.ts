import { countBelow } from './sorted';

/**
 * Offsets on disk and in every export are Unicode code points, so that tools in
 * Python, Rust or Java find the same characters. JavaScript strings and the DOM
 * count UTF-16 code units. This module is the only place that converts.
 */

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    length++;
    if (isHighSurrogateAt(text, i)) i++;
  }
  return length;
}

function isHighSurrogateAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * Converts between UTF-16 and code-point offsets of one text in O(log n) per
 * call, by remembering where the astral (two-unit) characters are. Built once
 * per document; news text has few or no astral characters, so it stays small.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the first unit of every surrogate pair, ascending. */
  private readonly astralUtf16: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (isHighSurrogateAt(text, i)) {
        this.astralUtf16.push(i);
        i++;
      }
    }
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.astralUtf16.length;
  }

  /**
   * A UTF-16 offset that falls inside a surrogate pair is moved to the start of
   * that character, so a conversion never splits an emoji in two.
   */
  toCodePoint(utf16Offset: number): number {
    const offset = clamp(utf16Offset, 0, this.utf16Length);
    // Each pair that starts before `offset` is one code point fewer than its
    // two units. An offset inside a pair counts that pair too, which lands it on
    // the pair's first code point.
    return offset - countBelow(this.astralUtf16, offset);
  }

  toUtf16(codePointOffset: number): number {
    const offset = clamp(codePointOffset, 0, this.codePointLength);
    // The k-th pair starts at code point astralUtf16[k] - k.
    let low = 0;
    let high = this.astralUtf16.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.astralUtf16[mid] as number) - mid < offset) low = mid + 1;
      else high = mid;
    }
    return offset + low;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
