import { describe, expect, it } from 'vitest';
import { SUGGESTIONS_SET } from '../../../core/model/suggestions';
import { acceptedSuggestion, nextSuggestion, suggestionsOfType } from '../../../renderer/suggestions/suggestion-review';
import { annotationOn } from '../services/workspace-helpers';

const TEXT = '“The dam will hold,” the engineer said. The board meets on Monday. “We are ready,” Ilse Marr added.';
const suggested = (phrase: string, type = 'quote') => ({ ...annotationOn(TEXT, phrase, type), set: SUGGESTIONS_SET });

describe('reviewing suggestions', () => {
  it('an accepted suggestion keeps its id, spans, fields and links, goes into the analyst’s set and drops only the engine’s note', () => {
    const suggestion = { ...suggested('The dam will hold'), fields: { speaker: { entity: 'e-1' }, cue: 'said' }, note: 'Suggested: direct quote before “said”' };
    const accepted = acceptedSuggestion(suggestion, 'alice', '2026-12-02T12:00:00.000Z');
    expect(accepted).toEqual({ ...suggestion, note: undefined, set: 'alice', modified: '2026-12-02T12:00:00.000Z' });
    expect('note' in accepted).toBe(false);
    const rewritten = acceptedSuggestion({ ...suggestion, note: 'Checked against the recording' }, 'alice', suggestion.modified);
    expect(rewritten.note).toBe('Checked against the recording');
  });

  it('goes on to the next suggestion in reading order, round from the top, skipping the analyst’s own, and to none after the last', () => {
    const first = suggested('The dam will hold');
    const own = annotationOn(TEXT, 'The board meets on Monday', 'event');
    const last = suggested('We are ready');
    expect(nextSuggestion([last, own, first], first.id)?.id).toBe(last.id);
    expect(nextSuggestion([last, own, first], last.id)?.id).toBe(first.id);
    expect(nextSuggestion([own, first], first.id)).toBeNull();
  });

  it('accepting all of a type takes only that type’s suggestions', () => {
    const quotes = [suggested('The dam will hold'), suggested('We are ready')];
    const event = suggested('The board meets on Monday', 'event');
    const mine = annotationOn(TEXT, 'Ilse Marr');
    expect(suggestionsOfType([...quotes, event, mine], 'quote')).toEqual(quotes);
  });
});
