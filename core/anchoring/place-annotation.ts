import type { Fragment, StoredAnnotation } from '../model/annotation';
import type { CodePointIndex } from '../text/code-points';
import { anchorFragment, fragmentFits } from './fragment';

export type Placement =
  | { kind: 'placed'; annotation: StoredAnnotation; moved: boolean }
  | { kind: 'unplaced'; reason: string };

/** Finds where a fragment that no longer fits belongs now, or says why it cannot. */
export type Relocate = (index: CodePointIndex, fragment: Fragment) => { fragment: Fragment } | { reason: string };

/** Without a relocator, a fragment that does not fit stays unplaced. */
export const NO_RELOCATION: Relocate = (_index, fragment) => ({
  reason: `its text “${fragment.exact}” is no longer at ${fragment.start}–${fragment.end}`,
});

/**
 * Below this score an approximate match is not trusted: the analyst places
 * the annotation instead (score 1 is quote and context unchanged).
 */
const MIN_FUZZY_SCORE = 0.8;

/** Finds a fragment again by its quote and context, or by text close to it (core/anchoring/match-quote.ts). */
export const relocateByQuote: Relocate = (index, fragment) => {
  const found = anchorFragment(index, fragment, { approximate: true });
  if (!found.ok) return { reason: found.error };
  if (found.value.found === 'approximate' && found.value.score < MIN_FUZZY_SCORE) {
    return { reason: `only a weak match for “${fragment.exact}” was found (score ${found.value.score.toFixed(2)})` };
  }
  return { fragment: found.value.fragment };
};

/**
 * Checks that every fragment of an annotation still points at its quoted text,
 * relocating those that do not. Either every fragment is placed with
 * confidence, or the annotation is unplaced with the reason: never half-placed.
 */
export function placeAnnotation(index: CodePointIndex, annotation: StoredAnnotation, relocate: Relocate): Placement {
  const fragments: Fragment[] = [];
  let moved = false;
  for (const fragment of annotation.fragments) {
    if (fragmentFits(index, fragment)) {
      fragments.push(fragment);
      continue;
    }
    const found = relocate(index, fragment);
    if ('reason' in found) return { kind: 'unplaced', reason: found.reason };
    fragments.push(found.fragment);
    moved = true;
  }
  return { kind: 'placed', annotation: moved ? { ...annotation, fragments } : annotation, moved };
}
