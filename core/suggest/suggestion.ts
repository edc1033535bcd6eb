import type { NormalisedDate } from '../fields/natural-date';
import type { Named } from './resolve';

/** A stretch of the text in code points, end exclusive. */
interface SuggestedSpan {
  start: number;
  end: number;
}

/** The reporting words a quote or claim hangs on ("said", "according to"), with where they are. */
export interface Cue extends SuggestedSpan {
  text: string;
}

interface Base {
  fragments: SuggestedSpan[];
  /** Why the engine suggests it, in words the analyst can check. */
  why: string;
}

export interface QuoteSuggestion extends Base {
  type: 'quote';
  kind: 'direct' | 'partial' | 'indirect';
  speaker: Named | null;
  cue: Cue | null;
}

interface EventSuggestion extends Base {
  type: 'event';
  date: NormalisedDate;
  actor: Named | null;
}

interface ClaimSuggestion extends Base {
  type: 'claim';
  claimant: Named | null;
  cue: Cue;
  stance: 'supports' | 'opposes';
}

export type Suggestion = QuoteSuggestion | EventSuggestion | ClaimSuggestion;

/** What the engine reads: the text and what it needs of the document's metadata. */
export interface SuggestInput {
  text: string;
  /** ISO 639-1; guessed from the text when absent. */
  language?: string;
  /** The day relative dates count from (the publication date); without it only dates that name their own day are read. */
  reference: Date | null;
}
