import { describeFragment } from '../../core/anchoring/text-quote';
import type { Span } from '../../core/anchoring/trim-span';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { CodePointIndex } from '../../core/text/code-points';

export const DEFAULT_SET = 'default';

export function createAnnotation(index: CodePointIndex, span: Span, type: string): StoredAnnotation {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    type,
    set: DEFAULT_SET,
    fragments: [describeFragment(index, span.start, span.end)],
    fields: {},
    created: now,
    modified: now,
  };
}
