import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../../../core/text/code-points';
import { findMatches, untaggedMatches } from '../../../core/annotations/find-matches';

describe('findMatches', () => {
  it('finds every occurrence, ignoring case, in code points', () => {
    const index = new CodePointIndex('🚢 Tide tables: the tide turns; TIDE again.');
    const matches = findMatches(index, 'tide');
    expect(matches.map((m) => index.slice(m.start, m.end))).toEqual(['Tide', 'tide', 'TIDE']);
    expect(matches[0]).toEqual({ start: 2, end: 6 });
  });

  it('finds nothing for an empty or blank query', () => {
    const index = new CodePointIndex('some text');
    expect(findMatches(index, '')).toEqual([]);
    expect(findMatches(index, '   ')).toEqual([]);
  });

  it('stays case-sensitive where lower-casing would change the length', () => {
    const index = new CodePointIndex('İstanbul port and port');
    expect(findMatches(index, 'port').map((m) => index.slice(m.start, m.end))).toEqual(['port', 'port']);
  });

  it('leaves out matches already tagged with that type and span', () => {
    const matches = [
      { start: 0, end: 4 },
      { start: 10, end: 14 },
    ];
    const tagged = {
      id: 'a',
      type: 'event',
      set: 'default',
      fragments: [{ start: 0, end: 4, exact: 'tide', prefix: '', suffix: '' }],
      fields: {},
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    };
    expect(untaggedMatches(matches, [tagged], 'event')).toEqual([{ start: 10, end: 14 }]);
    expect(untaggedMatches(matches, [tagged], 'quote')).toEqual(matches);
  });
});
