import type { StoredAnnotation } from './annotation';

/** Reading order: by first fragment, longer spans before the spans they contain. */
export function compareAnnotations(a: StoredAnnotation, b: StoredAnnotation): number {
  const [fa, fb] = [a.fragments[0], b.fragments[0]];
  if (!fa || !fb) return 0;
  return fa.start - fb.start || fb.end - fa.end || a.id.localeCompare(b.id);
}
