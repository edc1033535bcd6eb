import { describe, expect, it } from 'vitest';
import { datesReadAgain } from '../../../core/fields/dates-again';
import type { FieldValue, StoredAnnotation } from '../../../core/model/annotation';
import { DEFAULT_LABEL_TYPES } from '../../../core/model/label-types';

function event(id: string, words: string, date: FieldValue): StoredAnnotation {
  return {
    id,
    type: 'event',
    set: 'default',
    fragments: [{ start: 0, end: words.length, exact: words, prefix: '', suffix: '' }],
    fields: { date },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

/** Thursday 10 November 2022: the date the analyst corrected the article to (it said 27 October). */
const CORRECTED = new Date(2022, 10, 10, 12);

describe('reading dates again from a corrected publication date', () => {
  const annotations = [
    event('said', 'the ministry said Thursday', { date: '2022-10-27', wording: 'Thursday', reference: '2022-10-27' }),
    event('undated', 'the alliance said Friday', 'Friday'),
    event('absolute', 'the vote on 3 April 2024', { date: '2024-04-03', wording: '3 April 2024', reference: '2022-10-27' }),
    event('no-date', 'at some point', 'soon enough'),
    { ...event('quote', 'he said Friday', 'Friday'), type: 'quote', fields: {} },
  ];

  it('reads relative dates and wording kept as text again, and leaves dates that name their own day', () => {
    const changed = datesReadAgain(annotations, DEFAULT_LABEL_TYPES, CORRECTED, { language: 'en' });
    expect(changed.map((annotation) => [annotation.id, annotation.fields['date']])).toEqual([
      ['said', { date: '2022-11-10', wording: 'Thursday', reference: '2022-11-10' }],
      ['undated', { date: '2022-11-04', wording: 'Friday', reference: '2022-11-10' }],
    ]);
  });

  it('changes nothing when the date reads the same', () => {
    expect(datesReadAgain(annotations.slice(0, 1), DEFAULT_LABEL_TYPES, new Date(2022, 9, 27, 12))).toEqual([]);
  });
});
