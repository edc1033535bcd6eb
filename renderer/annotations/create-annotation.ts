import { describeFragment } from '../../core/anchoring/fragment';
import type { Span } from '../../core/anchoring/trim-span';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { CodePointIndex } from '../../core/text/code-points';

export function createAnnotation(index: CodePointIndex, span: Span, type: string, set: string): StoredAnnotation {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    type,
    set,
    fragments: [describeFragment(index, span.start, span.end)],
    fields: {},
    created: now,
    modified: now,
  };
}
