import type { FieldValue, Fragment, StoredAnnotation } from '../model/annotation';
import type { FieldDefinition, LabelType } from '../model/label-types';
import { err, ok, type Result } from '../result';
import { anchorFragment } from '../anchoring/fragment';
import { placeRange, type RangeTexts } from './anchor';
import { EQUIVALENCE_FIELD_PREFIX, GLOSS_DATABASE, noteFieldOf, NORMALIZATION_FIELD_PREFIX, NOTES_COMMENT, RELATION_FIELD_PREFIX, type NoteFieldKind } from './brat-labels';
import type { Entity } from '../model/entity';
import { SAFE_ID_PATTERN } from '../model/ids';
import { slugId } from './ids';

/** One parsed line of a .ann file, ids as brat wrote them ("T3", "E1"). */
type AnnLine =
  | { kind: 'T'; id: string; label: string; spans: { start: number; end: number }[]; text: string }
  | { kind: 'E'; id: string; label: string; trigger: string; args: { role: string; ref: string }[] }
  | { kind: 'R'; id: string; label: string; from: string; to: string }
  | { kind: 'A'; id: string; label: string; target: string; value: string | null }
  | { kind: 'N'; id: string; label: string; target: string; db: string; dbId: string; text: string }
  | { kind: '*'; id: string; label: string; members: string[] }
  | { kind: '#'; id: string; label: string; target: string; text: string };

const T_LINE = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/;
const E_LINE = /^(E\d+)\t(\S+):([TE]\d+)((?: \S+:[TE]\d+)*)\s*$/;
const R_LINE = /^(R\d+)\t(\S+) Arg1:([TE]\d+) Arg2:([TE]\d+)\s*$/;
const A_LINE = /^([AM]\d+)\t(\S+) ([TE]\d+)(?: (\S+))?\s*$/;
const N_LINE = /^(N\d+)\t(\S+) ([TE]\d+) ([^\s:]+):(\S+)\t(.*)$/;
const EQUIV_LINE = /^\*\t(\S+)((?: [TE]\d+)+)\s*$/;
// brat allows a note on any annotation: a T, an event, a relation, an attribute or a normalization.
const COMMENT_LINE = /^(#\d*)\t(\S+) ([TERAMN]\d+)\t(.*)$/;

function readLine(line: string): Result<AnnLine, string> {
  let m = T_LINE.exec(line);
  if (m) {
    const spans = (m[3] as string).split(';').map((pair) => pair.trim().split(' ').map(Number));
    if (spans.some((pair) => pair.length !== 2 || pair.some((n) => !Number.isInteger(n)))) return err(`bad spans in "${line}"`);
    return ok({ kind: 'T', id: m[1] as string, label: m[2] as string, spans: spans.map(([start, end]) => ({ start: start as number, end: end as number })), text: m[4] as string });
  }
  if ((m = E_LINE.exec(line))) {
    const args = (m[4] as string).trim().split(' ').filter(Boolean).map((arg) => {
      const [role, ref] = arg.split(':') as [string, string];
      return { role, ref };
    });
    return ok({ kind: 'E', id: m[1] as string, label: m[2] as string, trigger: m[3] as string, args });
  }
  if ((m = R_LINE.exec(line))) return ok({ kind: 'R', id: m[1] as string, label: m[2] as string, from: m[3] as string, to: m[4] as string });
  if ((m = A_LINE.exec(line))) return ok({ kind: 'A', id: m[1] as string, label: m[2] as string, target: m[3] as string, value: m[4] ?? null });
  if ((m = N_LINE.exec(line))) {
    return ok({ kind: 'N', id: m[1] as string, label: m[2] as string, target: m[3] as string, db: m[4] as string, dbId: m[5] as string, text: m[6] as string });
  }
  if ((m = EQUIV_LINE.exec(line))) return ok({ kind: '*', id: '*', label: m[1] as string, members: (m[2] as string).trim().split(' ') });
  if ((m = COMMENT_LINE.exec(line))) return ok({ kind: '#', id: m[1] as string, label: m[2] as string, target: m[3] as string, text: m[4] as string });
  return err(`not a brat standoff line: "${line}"`);
}

/** Types, fields and options met while reading, to become schema types (nothing unknown is dropped). */
export class SchemaCollector {
  private readonly types = new Map<string, LabelType>();
  constructor(private readonly attributeOptions: ReadonlyMap<string, readonly string[]>) {}

  type(label: string): string {
    const id = slugId(label);
    if (!this.types.has(id)) this.types.set(id, { id, name: label, color: '#8a8a8a', fields: [] });
    return id;
  }

  field(typeId: string, field: FieldDefinition): void {
    const type = this.types.get(typeId);
    if (!type || type.fields.some((f) => f.id === field.id)) return;
    type.fields.push(field);
  }

  attribute(typeId: string, label: string, value: string | null): string {
    const id = slugId(label);
    if (value === null) this.field(typeId, { id, name: label, kind: 'boolean' });
    else {
      this.field(typeId, { id, name: label, kind: 'choice', options: [...(this.attributeOptions.get(label) ?? [value])] });
      const field = this.types.get(typeId)?.fields.find((f) => f.id === id);
      if (field?.kind === 'choice' && !field.options.includes(value)) field.options.push(value);
    }
    return id;
  }

  result(): LabelType[] {
    return [...this.types.values()];
  }
}

interface Draft {
  id: string;
  type: string;
  fragments: Fragment[];
  fields: Record<string, FieldValue>;
  note?: string;
  entity?: string;
}

/**
 * Reads one .ann file into annotations. T lines that trigger events become
 * part of their event's annotation (events sharing a trigger share its
 * words); E arguments and R lines become span fields; A lines boolean or
 * choice fields; AnnotatorNotes the note, or a field where annotation.conf
 * says Gloss wrote that field as a note ("Speaker: …"); other comments text
 * fields. A normalization to the Gloss database names the annotation's
 * entity, one to another database is kept as a `norm-` field; an equivalence
 * (`*`) links each member to the first through an `eq-` field; a note on a
 * relation, attribute or normalization goes with the field that line became
 * (`<field>-note`). Problems are returned one per line.
 */
export function readAnn(
  content: string,
  texts: RangeTexts,
  options: { idPrefix: string; set: string; now: string; schema: SchemaCollector; findByText: boolean; noteFields: ReadonlyMap<string, NoteFieldKind> },
): { annotations: StoredAnnotation[]; entities: Entity[]; problems: { line: string; message: string }[] } {
  const problems: { line: string; message: string }[] = [];
  const lines: AnnLine[] = [];
  for (const raw of content.split(/\r?\n/)) {
    if (raw.trim().length === 0) continue;
    const line = readLine(raw);
    if (line.ok) lines.push(line.value);
    else problems.push({ line: raw.split('\t')[0] ?? raw, message: line.error });
  }
  const triggers = new Map(lines.flatMap((l) => (l.kind === 'E' ? [[l.trigger, l.id] as const] : [])));
  const gloss = (bratId: string) => `${options.idPrefix}${(triggers.get(bratId) ?? bratId).toLowerCase()}`;
  const drafts = new Map<string, Draft>();
  const spans = new Map<string, Fragment[]>();
  for (const line of lines) {
    if (line.kind !== 'T') continue;
    const placed = placeSpans(line, texts, options.findByText);
    if (!placed.ok) problems.push({ line: line.id, message: placed.error });
    else spans.set(line.id, placed.value);
  }
  for (const line of lines) {
    if (line.kind === 'T' && !triggers.has(line.id) && spans.has(line.id)) {
      drafts.set(line.id, { id: gloss(line.id), type: options.schema.type(line.label), fragments: spans.get(line.id) ?? [], fields: {} });
    } else if (line.kind === 'E') {
      const fragments = spans.get(line.trigger);
      if (!fragments) {
        problems.push({ line: line.id, message: `its trigger ${line.trigger} is missing or could not be placed` });
        continue;
      }
      const type = options.schema.type(line.label);
      const fields: Record<string, FieldValue> = {};
      for (const { role, ref } of line.args) {
        const id = slugId(role);
        if (id in fields) problems.push({ line: line.id, message: `the role ${role} is given twice` });
        options.schema.field(type, { id, name: role, kind: 'span', targetTypes: [] });
        fields[id] = { ref: gloss(ref) };
      }
      drafts.set(line.id, { id: `${options.idPrefix}${line.id.toLowerCase()}`, type, fragments, fields });
    }
  }
  const target = (bratId: string, line: string) => {
    const draft = drafts.get(bratId) ?? drafts.get(triggers.get(bratId) ?? bratId);
    if (!draft) problems.push({ line, message: `it refers to ${bratId}, which is not in the file or could not be read` });
    return draft;
  };
  const setField = (draft: Draft, id: string, value: FieldValue, line: string) => {
    if (id in draft.fields) problems.push({ line, message: `${draft.id} already has a value for "${id}"` });
    draft.fields[id] = value;
  };
  /** Where each R, A/M and N line went (annotation and field), so a note on it can follow it. */
  const fieldOfLine = new Map<string, { draft: Draft; field: string }>();
  const entities = new Map<string, Entity>();
  const addText = (draft: Draft, field: string, name: string, text: string) => {
    options.schema.field(draft.type, { id: field, name, kind: 'text' });
    const before = draft.fields[field];
    draft.fields[field] = typeof before === 'string' ? `${before}\n${text}` : text;
  };
  for (const line of lines) {
    if (line.kind === 'R') {
      const from = target(line.from, line.id);
      if (!from || !target(line.to, line.id)) continue;
      const id = `${RELATION_FIELD_PREFIX}${slugId(line.label)}`.slice(0, 32);
      options.schema.field(from.type, { id, name: line.label, kind: 'span', targetTypes: [] });
      setField(from, id, { ref: gloss(line.to) }, line.id);
      fieldOfLine.set(line.id, { draft: from, field: id });
    } else if (line.kind === 'A') {
      const draft = target(line.target, line.id);
      if (!draft) continue;
      const field = options.schema.attribute(draft.type, line.label, line.value);
      setField(draft, field, line.value ?? true, line.id);
      fieldOfLine.set(line.id, { draft, field });
    } else if (line.kind === 'N') {
      const draft = target(line.target, line.id);
      if (!draft) continue;
      if (line.db === GLOSS_DATABASE && SAFE_ID_PATTERN.test(line.dbId) && draft.entity === undefined) {
        draft.entity = line.dbId;
        entities.set(line.dbId, { id: line.dbId, kind: 'other', name: line.text || line.dbId, aliases: [], mergedIds: [], created: options.now, modified: options.now });
        continue;
      }
      const field = `${NORMALIZATION_FIELD_PREFIX}${slugId(line.label)}`.slice(0, 32);
      addText(draft, field, line.label, `${line.db}:${line.dbId} ${line.text}`);
      fieldOfLine.set(line.id, { draft, field });
    } else if (line.kind === '*') {
      const [first, ...rest] = line.members.map((member) => target(member, `* ${line.label}`));
      if (!first || rest.some((member) => member === undefined)) continue;
      const id = `${EQUIVALENCE_FIELD_PREFIX}${slugId(line.label)}`.slice(0, 32);
      for (const member of rest as Draft[]) {
        options.schema.field(member.type, { id, name: line.label, kind: 'span', targetTypes: [] });
        setField(member, id, { ref: first.id }, `* ${line.label}`);
      }
    }
  }
  for (const line of lines) {
    if (line.kind !== '#') continue;
    const owner = fieldOfLine.get(line.target);
    if (owner) {
      addText(owner.draft, noteFieldOf(owner.field), `${line.label} (${owner.field})`, line.text);
      continue;
    }
    const draft = target(line.target, line.id);
    if (!draft) continue;
    if (line.label !== NOTES_COMMENT) {
      const id = slugId(line.label);
      options.schema.field(draft.type, { id, name: line.label, kind: 'text' });
      setField(draft, id, line.text, line.id);
      continue;
    }
    const asField = noteAsField(line.text, options.noteFields);
    if (asField) {
      const id = slugId(asField.label);
      options.schema.field(draft.type, asField.kind === 'date' ? { id, name: asField.label, kind: 'date' } : { id, name: asField.label, kind: 'text' });
      setField(draft, id, asField.value, line.id);
    } else draft.note = draft.note === undefined ? line.text : `${draft.note}\n${line.text}`;
  }
  for (const line of lines) {
    if (line.kind === 'E') for (const arg of line.args) target(arg.ref, line.id);
  }
  const annotations = [...drafts.values()].map(
    (draft): StoredAnnotation => ({
      id: draft.id,
      type: draft.type,
      set: options.set,
      fragments: draft.fragments,
      fields: draft.fields,
      ...(draft.note !== undefined ? { note: draft.note } : {}),
      ...(draft.entity !== undefined ? { entity: draft.entity } : {}),
      created: options.now,
      modified: options.now,
    }),
  );
  return { annotations, entities: [...entities.values()], problems };
}

/** An AnnotatorNotes text that is a field Gloss wrote as a note ("Date: last Sunday (2026-03-01)"), when annotation.conf lists its label. */
function noteAsField(text: string, noteFields: ReadonlyMap<string, NoteFieldKind>): { label: string; kind: NoteFieldKind; value: FieldValue } | null {
  const m = /^([^\s:]+): (.*)$/s.exec(text);
  const kind = m ? noteFields.get(m[1] as string) : undefined;
  if (!m || kind === undefined) return null;
  const label = m[1] as string;
  const value = m[2] as string;
  if (kind === 'date') {
    const date = /^(.*) \(([^()]+)\)$/s.exec(value);
    if (date) return { label, kind, value: { date: date[2] as string, wording: date[1] as string } };
  }
  return { label, kind, value };
}

/**
 * T offsets are checked against the text they were made on, and the T line's
 * text against what they cover. Without the .txt, a one-span T whose offsets
 * do not fit the workspace's text is found by its text, if it occurs once.
 */
function placeSpans(line: Extract<AnnLine, { kind: 'T' }>, texts: RangeTexts, byQuote: boolean): Result<Fragment[], string> {
  const placed = placeEach(line, texts);
  if (placed.ok || !byQuote || line.spans.length !== 1) return placed;
  const found = anchorFragment(texts.target, { exact: line.text });
  return found.ok ? ok([found.value.fragment]) : err(`${placed.error}, and ${found.error}`);
}

function placeEach(line: Extract<AnnLine, { kind: 'T' }>, texts: RangeTexts): Result<Fragment[], string> {
  const fragments: Fragment[] = [];
  for (const { start, end } of line.spans) {
    const placed = placeRange(texts, start, end);
    if (!placed.ok) return placed;
    fragments.push(placed.value);
  }
  const covered = fragments.map((f) => f.exact.replace(/\r\n|[\r\n]/g, ' ')).join(' ');
  if (covered !== line.text) return err(`its text “${line.text}” is not the text at its offsets (“${covered}”)`);
  // brat keeps spans in the order written (its text joins them so); Gloss stores them in text order.
  return ok(fragments.sort((a, b) => a.start - b.start || a.end - b.end));
}
