/**
 * Child process for the crash test: saves a growing list of annotations as
 * fast as it can and prints "saved <n>" after each save has completed.
 * `whole` replaces the document's annotations on each save; `changes` saves
 * only the new annotation, as the reader's autosave does (to the set's journal).
 * Usage: crash-saver.ts <workspace dir> <document id> [whole|changes]
 */
import { CodePointIndex } from '../../../core/text/code-points';
import { describeFragment } from '../../../core/anchoring/fragment';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { Workspace } from '../../../main/services/workspace/workspace';

const [dir, documentId, mode = 'whole'] = process.argv.slice(2);
const opened = await Workspace.open(dir ?? '');
if (!opened.ok || !documentId) throw new Error('cannot open the workspace');
const loaded = await opened.value.loadDocument(documentId);
if (!loaded.ok) throw new Error(loaded.error.message);
const index = new CodePointIndex(loaded.value.document.text);

/** The n-th annotation is always the same, so the parent can check exactly which are on disk. */
export function nthAnnotation(n: number): StoredAnnotation {
  const start = n % (index.codePointLength - 5);
  return {
    id: `crash-${n}`,
    type: 'quote',
    set: 'default',
    fragments: [describeFragment(index, start, start + 5)],
    fields: {},
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

const annotations = [...loaded.value.annotations];
for (let n = annotations.length; ; n++) {
  annotations.push(nthAnnotation(n));
  const saved = mode === 'changes' ? await opened.value.saveChanges(documentId, { upsert: [nthAnnotation(n)], remove: [] }) : await opened.value.saveAnnotations(documentId, annotations);
  if (!saved.ok) throw new Error(saved.error.message);
  process.stdout.write(`saved ${annotations.length}\n`);
}
