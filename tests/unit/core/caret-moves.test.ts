import { describe, expect, it } from 'vitest';
import { moveCaret, sentenceAround } from '../../../core/text/caret-moves';
import { CodePointIndex } from '../../../core/text/code-points';
import type { Block } from '../../../core/model/document';

/** Two paragraphs joined as a document keeps them, with an astral character in the first. */
const FIRST = 'Trams 🚋 run late. “Every car passed,” she said.';
const SECOND = 'Shops reopen on Friday.';
const TEXT = `${FIRST}\n\n${SECOND}`;
const index = new CodePointIndex(TEXT);
const firstLength = [...FIRST].length;
const blocks: Block[] = [
  { kind: 'paragraph', start: 0, end: firstLength },
  { kind: 'paragraph', start: firstLength + 2, end: firstLength + 2 + [...SECOND].length },
];
const at = (phrase: string) => [...TEXT.slice(0, TEXT.indexOf(phrase))].length;
const textOf = (start: number, end: number) => index.slice(start, end);

describe('moveCaret', () => {
  it.each([
    ['a character forward over an astral character', at('🚋'), 'character', 1, at('🚋') + 1],
    ['a word forward to the end of the next word', at('Trams'), 'word', 1, at(' 🚋')],
    ['a word forward skips the quotation mark to the word', at('“Every'), 'word', 1, at(' car')],
    ['a word back to the start of the word before', at(' she'), 'word', -1, at('passed')],
    ['a word forward across the paragraph break', at('she said.') + 'she said'.length, 'word', 1, at('Shops') + 'Shops'.length],
    ['a character forward from a paragraph end is the next paragraph start', firstLength, 'character', 1, at('Shops')],
    ['a character back from a paragraph start is the paragraph before its end', at('Shops'), 'character', -1, firstLength],
    ['a paragraph forward to the next one', at('run'), 'paragraph', 1, at('Shops')],
    ['a paragraph back to the start of this one', at('reopen'), 'paragraph', -1, at('Shops')],
    ['a paragraph back from a start to the one before', at('Shops'), 'paragraph', -1, 0],
    ['never past the end', index.codePointLength, 'word', 1, index.codePointLength],
    ['never before the start', 0, 'character', -1, 0],
  ] as const)('%s', (_name, from, step, direction, expected) => {
    expect(moveCaret(index, blocks, from, step, direction)).toBe(expected);
  });

  it('selects six words of a quotation by six word steps from after its opening mark', () => {
    let end = at('Every');
    for (let i = 0; i < 3; i++) end = moveCaret(index, blocks, end, 'word', 1);
    expect(textOf(at('Every'), end)).toBe('Every car passed');
  });
});

describe('sentenceAround', () => {
  it('is the sentence holding the caret, without the space after it', () => {
    const span = sentenceAround(index, blocks, at('run'));
    expect(span && textOf(span.start, span.end)).toBe('Trams 🚋 run late.');
  });

  it('stays inside its paragraph', () => {
    const span = sentenceAround(index, blocks, at('Friday'));
    expect(span && textOf(span.start, span.end)).toBe('Shops reopen on Friday.');
  });
});
