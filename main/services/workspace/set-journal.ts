import { compareAnnotations, type StoredAnnotation } from '../../../core/model/annotation';
import type { DocumentId } from '../../../core/model/ids';
import { SET_JOURNAL_FILE, SET_JOURNAL_FORMAT, SET_JOURNAL_VERSION, SetJournalChangeSchema, type SetJournalChange, type SetJournalHeader } from '../../../core/model/set-journal';
import { readVersioned } from '../../../core/model/versioned';
import { err, ok, type Result } from '../../../core/result';
import { parseUnknown } from '../../../core/validation/parse-unknown';
import { readRawBytes, stableStringify, type ReadBytes } from './json-file';

/**
 * A set's change journal as read (annotations/<document>/<set>.journal.jsonl):
 * - `none`: there is none (or it is empty);
 * - `read`: its header could be read; `changes` are the lines that pass their
 *   schema, in order, and `trouble` says what was left out (a last line cut
 *   short by a crash, a line that fails its schema); `bytes` are kept aside then;
 * - `unusable`: not even its header could be read, so none of it is applied
 *   (`readOnly` when it comes from a newer Gloss: then its set is not written).
 */
export type JournalReading =
  | { kind: 'none' }
  | { kind: 'read'; header: SetJournalHeader; changes: SetJournalChange[]; bytes: Buffer; trouble: string | null }
  | { kind: 'unusable'; trouble: string; damaged: Buffer | null; readOnly: boolean };

/** One line of JSON, or why it is not. */
function parseLine(line: string): Result<unknown, string> {
  try {
    return ok(JSON.parse(line));
  } catch (error) {
    return err(`is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** A change line checked against its schema, and every upserted annotation against the journal's set. */
function parseChange(line: string, set: string): Result<SetJournalChange, string> {
  const data = parseLine(line);
  if (!data.ok) return data;
  const change = parseUnknown(SetJournalChangeSchema, data.value);
  if (!change.ok) return err(`does not match its schema: ${change.error}`);
  const stranger = change.value.upsert.find((annotation) => annotation.set !== set);
  return stranger ? err(`holds annotation ${stranger.id} of another set ("${stranger.set}")`) : change;
}

/**
 * Reads a journal without applying it. A last line without its newline is a
 * save the process did not finish (it was never reported saved): it is left
 * out and reported, never taken as data. A line in the middle that fails its
 * schema is left out and reported too; the lines after it still apply, as
 * each line holds whole annotations, not edits of them.
 */
export async function readJournal(path: string, read: ReadBytes, documentId: DocumentId): Promise<JournalReading> {
  const raw = await readRawBytes(path, read);
  if (raw.kind === 'missing') return { kind: 'none' };
  if (raw.kind === 'unreadable') return { kind: 'unusable', trouble: raw.trouble, damaged: null, readOnly: true };
  const { bytes } = raw;
  if (bytes.length === 0) return { kind: 'none' };
  const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').split('\n');
  // After the last newline: empty when every line is whole.
  const torn = lines.pop() ?? '';
  const [first, ...rest] = lines;
  if (first === undefined) return { kind: 'unusable', trouble: 'has only a line cut short (a save that did not finish); nothing in it was applied', damaged: bytes, readOnly: false };
  const parsed = parseLine(first);
  const header = parsed.ok ? readVersioned(SET_JOURNAL_FILE, parsed.value) : parsed;
  if (!header.ok) {
    return { kind: 'unusable', trouble: `has a first line that ${header.error}; nothing in it was applied`, damaged: bytes, readOnly: /newer Gloss/.test(header.error) };
  }
  if (header.value.value.documentId !== documentId) {
    return { kind: 'unusable', trouble: `belongs to document "${header.value.value.documentId}"; nothing in it was applied`, damaged: bytes, readOnly: false };
  }
  const { set } = header.value.value;
  const changes: SetJournalChange[] = [];
  const troubles: string[] = [];
  rest.forEach((line, i) => {
    const change = parseChange(line, set);
    if (change.ok) changes.push(change.value);
    else troubles.push(`line ${i + 2} ${change.error}; it was left out`);
  });
  if (torn.length > 0) troubles.push(`ends with a line cut short (a save that did not finish, never reported saved); it was left out`);
  return { kind: 'read', header: header.value.value, changes, bytes, trouble: troubles.length > 0 ? troubles.join('; ') : null };
}

/** Each annotation the journal touches, by id, with its last version (null where it was last removed). */
function lastVersions(changes: readonly SetJournalChange[]): Map<string, StoredAnnotation | null> {
  const last = new Map<string, StoredAnnotation | null>();
  for (const { upsert, remove } of changes) {
    for (const id of remove) last.set(id, null);
    for (const annotation of upsert) last.set(annotation.id, annotation);
  }
  return last;
}

/** A set's annotations with the journal's changes applied in order, in reading order (as its file would hold them). */
export function replay(annotations: readonly StoredAnnotation[], changes: readonly SetJournalChange[]): StoredAnnotation[] {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  for (const [id, annotation] of lastVersions(changes)) {
    if (annotation) byId.set(id, annotation);
    else byId.delete(id);
  }
  return [...byId.values()].sort(compareAnnotations);
}

/**
 * Whether the set's file already holds every change of the journal (a
 * journal whose file was written whole, with it, just before a stop kept the
 * journal from being removed): then it is spent, and nothing is lost by
 * dropping it.
 */
export function holdsEvery(annotations: readonly StoredAnnotation[], changes: readonly SetJournalChange[]): boolean {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  return [...lastVersions(changes)].every(([id, annotation]) => {
    const held = byId.get(id);
    return annotation === null ? held === undefined : held !== undefined && stableStringify(held) === stableStringify(annotation);
  });
}

/** A journal's first line, naming the set file (by its SHA-256, null when there is none) its changes apply to. */
export function journalHeader(documentId: DocumentId, set: string, base: string | null): string {
  const header: SetJournalHeader = { format: SET_JOURNAL_FORMAT, version: SET_JOURNAL_VERSION, documentId, set, base };
  return `${JSON.stringify(header)}\n`;
}

/** One change as its line, only when it passes the schema it is read back with (else null, and it must be written another way). */
export function journalLine(change: SetJournalChange, set: string): string | null {
  const line = JSON.stringify(change);
  return parseChange(line, set).ok ? `${line}\n` : null;
}
