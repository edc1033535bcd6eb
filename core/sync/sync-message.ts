import { ANNOTATIONS_FORMAT, SET_ANNOTATIONS_FORMAT, type StoredAnnotation } from '../model/annotation';
import { sameJson } from './merge-annotations';

/** One file of the analyst's own changes, as git staged it: its path (with `/`), and its JSON before and after (undefined where there was no file). */
export interface ChangedFile {
  file: string;
  before: unknown;
  after: unknown;
}

interface SetChanges {
  added: number;
  changed: number;
  removed: number;
  documents: Set<string>;
}

function annotationsOf(value: unknown): StoredAnnotation[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const file = value as { format?: unknown; annotations?: unknown };
  return (file.format === ANNOTATIONS_FORMAT || file.format === SET_ANNOTATIONS_FORMAT) && Array.isArray(file.annotations) ? (file.annotations as StoredAnnotation[]) : null;
}

/** The document an annotations file belongs to, in either layout: annotations/<document>.json or annotations/<document>/<set>.json. */
export function documentOf(file: string): string {
  return (file.split('/')[1] ?? file).replace(/\.json$/, '');
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** Adds one annotations file's changes, annotation by annotation, to the tally of each set. */
function tally(sets: Map<string, SetChanges>, file: ChangedFile): void {
  const before = new Map((annotationsOf(file.before) ?? []).map((annotation) => [annotation.id, annotation]));
  const after = annotationsOf(file.after) ?? [];
  const count = (set: string, kind: 'added' | 'changed' | 'removed') => {
    const changes = sets.get(set) ?? { added: 0, changed: 0, removed: 0, documents: new Set<string>() };
    changes[kind] += 1;
    changes.documents.add(documentOf(file.file));
    sets.set(set, changes);
  };
  for (const annotation of after) {
    const was = before.get(annotation.id);
    before.delete(annotation.id);
    if (!was) count(annotation.set, 'added');
    else if (!sameJson(was, annotation)) count(annotation.set, 'changed');
  }
  for (const gone of before.values()) count(gone.set, 'removed');
}

/**
 * The commit message of a sync's own changes, for whoever reads the
 * history: "Gloss sync: 12 annotations in set alice on 3 documents", with
 * imported documents and other changed files after it, and one line per set
 * below saying how many were added, changed and removed.
 */
export function syncMessage(files: readonly ChangedFile[]): string {
  const sets = new Map<string, SetChanges>();
  let imported = 0;
  const others: string[] = [];
  for (const file of files) {
    if (annotationsOf(file.before) || annotationsOf(file.after)) tally(sets, file);
    else if (file.file.startsWith('documents/') && file.before === undefined) imported += 1;
    // The manifest changes with every import and status, and git's settings files say nothing about the work.
    else if (file.file !== 'workspace.json' && !file.file.startsWith('.git')) others.push(file.file);
  }
  const bySize = [...sets.entries()].map(([set, changes]) => ({ set, total: changes.added + changes.changed + changes.removed, changes })).sort((a, b) => b.total - a.total || (a.set < b.set ? -1 : 1));
  const parts = bySize.slice(0, 3).map(({ set, total, changes }) => `${plural(total, 'annotation')} in set ${set} on ${plural(changes.documents.size, 'document')}`);
  if (bySize.length > 3) parts.push(`${plural(bySize.length - 3, 'more set')}`);
  if (imported > 0) parts.push(`${plural(imported, 'document')} imported`);
  if (others.length > 0) parts.push(`${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''} changed`);
  const subject = `Gloss sync: ${parts.length > 0 ? parts.join('; ') : plural(files.length, 'file') + ' changed'}`;
  const body = bySize.map(({ set, changes }) => `set ${set}: ${changes.added} added, ${changes.changed} changed, ${changes.removed} removed, on ${plural(changes.documents.size, 'document')}`);
  return body.length > 0 ? `${subject}\n\n${body.join('\n')}\n` : `${subject}\n`;
}
