import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../../../core/formats/bundle';
import type { FieldValue, StoredAnnotation } from '../../../core/model/annotation';

const FIXTURES = join(__dirname, '../../fixtures/formats');

/** A fixture copied from a tool's own documentation or tests (tests/fixtures/formats/<tool>/README.md says which). */
export const toolFixture = (path: string): InputFile => ({ name: path.replace(/^.*\//, ''), bytes: readFileSync(join(FIXTURES, path)) });

/**
 * An annotation as another tool keeps it, ids aside: its type, the text of
 * each fragment, its fields (a link as the text it points at), its note and
 * set. Two annotations that a user would call the same compare equal.
 */
function described(annotation: StoredAnnotation, all: readonly StoredAnnotation[]) {
  const text = (a: StoredAnnotation | undefined) => a?.fragments.map((f) => f.exact).join(' … ');
  const value = (v: FieldValue) => (typeof v === 'object' && 'ref' in v ? `→ ${text(all.find((a) => a.id === v.ref))}` : v);
  return {
    type: annotation.type,
    spans: annotation.fragments.map((f) => [f.start, f.end, f.exact]),
    fields: Object.fromEntries(Object.entries(annotation.fields).map(([k, v]) => [k, value(v)]).sort(([a], [b]) => String(a).localeCompare(String(b)))),
    note: annotation.note,
    set: annotation.set,
  };
}

export const describedAll = (annotations: readonly StoredAnnotation[]) =>
  annotations.map((a) => described(a, annotations)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
