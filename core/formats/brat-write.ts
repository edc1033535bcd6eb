import type { FieldValue, StoredAnnotation } from '../model/annotation';
import type { LabelType } from '../model/label-types';
import { CodePointIndex } from '../text/code-points';
import type { BundleDocument, ExportSource, OutputPiece } from './bundle';
import {
  fieldLabel,
  GLOSS_DATABASE,
  isAttributeToken,
  isEquivalenceField,
  isEventType,
  isRelationField,
  NORMALIZATION_FIELD_PREFIX,
  NOTE_FIELDS_COMMENT,
  noteFieldOf,
  NOTES_COMMENT,
  typeLabel,
  type NoteFieldKind,
} from './brat-labels';
import { readableValue, valueContexts, type ValueContext } from './field-text';
import { addToGroup } from '../grouping';

/** The labels used for one annotation type, with defaults for types the schema lacks. */
class LabelBook {
  private readonly types: Map<string, LabelType>;
  constructor(types: readonly LabelType[]) {
    this.types = new Map(types.map((type) => [type.id, type]));
  }
  type(id: string): string {
    return typeLabel(this.types.get(id) ?? { id, name: id });
  }
  field(typeId: string, fieldId: string): string {
    return fieldLabel(this.types.get(typeId)?.fields.find((f) => f.id === fieldId) ?? { id: fieldId, name: fieldId });
  }
  /** Fields in the order the type defines them, so E arguments come out as they went in. */
  orderedFields(annotation: StoredAnnotation): [string, FieldValue][] {
    const order = this.types.get(annotation.type)?.fields.map((f) => f.id) ?? [];
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    return Object.entries(annotation.fields).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }
  /** Whether a value is one annotation.conf declares: true for a boolean field, one of a choice field's options. */
  isAttribute(typeId: string, fieldId: string, value: FieldValue): boolean {
    const field = this.types.get(typeId)?.fields.find((f) => f.id === fieldId);
    if (field?.kind === 'boolean') return value === true;
    return field?.kind === 'choice' && typeof value === 'string' && isAttributeToken(value) && field.options.includes(value);
  }
  isEvent(annotation: StoredAnnotation): boolean {
    const type = this.types.get(annotation.type);
    if (type) return isEventType(type);
    return Object.entries(annotation.fields).some(([id, value]) => isReference(value) && !isRelationField(id) && !isEquivalenceField(id));
  }
}

function isReference(value: FieldValue): value is { ref: string } {
  return typeof value === 'object' && 'ref' in value;
}

/** Line breaks cannot appear in a brat line; a note of several lines becomes several lines. */
const oneLine = (text: string) => text.replace(/\r\n|[\r\n]/g, ' ');
const linesOf = (text: string) => text.split(/\r\n|[\r\n]/);

/** A field value as an AnnotatorNotes text: the readable value, a date as its wording with the ISO date after it. */
function noteText(value: FieldValue, context: ValueContext): string {
  const readable = readableValue(value, context);
  return readable.wording !== null ? `${readable.wording} (${readable.text})` : readable.text || (readable.id ?? '');
}

/** Every label the .ann files use, with what annotation.conf must say of it, gathered while they are written. */
class ConfBook {
  readonly entities = new Set<string>();
  readonly events = new Map<string, Set<string>>();
  readonly relations = new Map<string, Set<string>>();
  readonly equivalences = new Set<string>();
  readonly attributes = new Map<string, { args: Set<string>; values: Set<string> }>();
  readonly noteFields = new Map<string, NoteFieldKind>();

  event(label: string, roles: readonly string[]): void {
    const known = this.events.get(label) ?? new Set<string>();
    for (const role of roles) known.add(role);
    this.events.set(label, known);
  }
  relation(label: string, from: string): void {
    this.relations.set(label, (this.relations.get(label) ?? new Set<string>()).add(from));
  }
  attribute(label: string, arg: string, value: string | null): void {
    const known = this.attributes.get(label) ?? { args: new Set<string>(), values: new Set<string>() };
    known.args.add(arg);
    if (value !== null) known.values.add(value);
    this.attributes.set(label, known);
  }
}

/** The .ann text of one document. */
function writeAnn(document: BundleDocument, labels: LabelBook, conf: ConfBook, context: ValueContext): string {
  const index = new CodePointIndex(document.text);
  const brat = new Map<string, string>();
  const lines: string[] = [];
  const counters = { T: 0, E: 0, R: 0, A: 0, N: 0, '#': 0 };
  const next = (kind: keyof typeof counters) => `${kind}${++counters[kind]}`;
  // Events of one type over the same words share one trigger, as brat writes them.
  const triggers = new Map<string, string>();
  const events = document.annotations.filter((a) => labels.isEvent(a));
  for (const annotation of document.annotations) {
    const label = labels.type(annotation.type);
    const spans = annotation.fragments.map((f) => `${f.start} ${f.end}`).join(';');
    const event = events.includes(annotation);
    const key = `${label}\t${spans}`;
    let id = event ? triggers.get(key) : undefined;
    if (id === undefined) {
      id = next('T');
      const text = annotation.fragments.map((f) => oneLine(index.slice(f.start, f.end))).join(' ');
      lines.push(`${id}\t${label} ${spans}\t${text}`);
      if (event) triggers.set(key, id);
      else conf.entities.add(label);
    }
    brat.set(annotation.id, id);
  }
  const refId = (ref: string) => brat.get(ref) ?? ref;
  for (const annotation of events) {
    const trigger = brat.get(annotation.id) as string;
    const label = labels.type(annotation.type);
    const args = labels
      .orderedFields(annotation)
      .filter(([id, value]) => isReference(value) && !isRelationField(id) && !isEquivalenceField(id))
      .map(([id, value]) => [labels.field(annotation.type, id), refId((value as { ref: string }).ref)] as const);
    conf.event(label, args.map(([role]) => role));
    const eventId = next('E');
    brat.set(annotation.id, eventId);
    lines.push([`${eventId}\t${label}:${trigger}`, ...args.map(([role, ref]) => `${role}:${ref}`)].join(' '));
  }
  const equivalences = new Map<string, string[]>();
  for (const annotation of document.annotations) {
    const self = brat.get(annotation.id) as string;
    const typeLabel = labels.type(annotation.type);
    const notesOn = (lineId: string, field: string) => {
      const note = annotation.fields[noteFieldOf(field)];
      if (typeof note === 'string') for (const text of linesOf(note)) lines.push(`${next('#')}\t${NOTES_COMMENT} ${lineId}\t${text}`);
    };
    const noteFields = new Set(Object.keys(annotation.fields).filter((id) => id !== noteFieldOf(id) && annotation.fields[noteFieldOf(id)] !== undefined).map(noteFieldOf));
    for (const [id, value] of labels.orderedFields(annotation)) {
      if (noteFields.has(id)) continue;
      const label = labels.field(annotation.type, id);
      if (isReference(value)) {
        if (isRelationField(id)) {
          const line = next('R');
          lines.push(`${line}\t${label} Arg1:${self} Arg2:${refId(value.ref)}`);
          conf.relation(label, typeLabel);
          notesOn(line, id);
        } else if (isEquivalenceField(id)) {
          const key = `${label}\t${refId(value.ref)}`;
          addToGroup(equivalences, key, self);
        }
      } else if (labels.isAttribute(annotation.type, id, value)) {
        const line = next('A');
        lines.push(`${line}\t${label} ${self}${value === true ? '' : ` ${String(value)}`}`);
        conf.attribute(label, typeLabel, value === true ? null : String(value));
        notesOn(line, id);
      } else if (value === false && labels.isAttribute(annotation.type, id, true)) continue;
      else if (id.startsWith(NORMALIZATION_FIELD_PREFIX) && typeof value === 'string' && linesOf(value).every((l) => /^[^\s:]+:\S+ /.test(l))) {
        for (const normalization of linesOf(value)) {
          const [reference, ...text] = normalization.split(' ');
          const line = next('N');
          lines.push(`${line}\t${label} ${self} ${reference}\t${text.join(' ')}`);
          notesOn(line, id);
        }
      } else {
        const date = typeof value === 'object' && 'date' in value;
        conf.noteFields.set(label, date ? 'date' : 'text');
        for (const text of linesOf(noteText(value, context))) lines.push(`${next('#')}\t${NOTES_COMMENT} ${self}\t${label}: ${text}`);
      }
    }
    if (annotation.entity !== undefined) {
      const entity = readableValue({ entity: annotation.entity }, context);
      lines.push(`${next('N')}\tReference ${self} ${GLOSS_DATABASE}:${annotation.entity}\t${oneLine(entity.text)}`);
    }
    if (annotation.note !== undefined) for (const text of linesOf(annotation.note)) lines.push(`${next('#')}\t${NOTES_COMMENT} ${self}\t${text}`);
  }
  for (const [key, members] of equivalences) {
    const [label, first] = key.split('\t') as [string, string];
    conf.equivalences.add(label);
    lines.push(`*\t${label} ${[first, ...members].join(' ')}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** annotation.conf: every entity, event, relation and attribute the schema defines or the files use, with its values. */
function writeConf(types: readonly LabelType[], used: ConfBook): string {
  for (const type of types.filter((t) => !isEventType(t))) used.entities.add(typeLabel(type));
  for (const type of types.filter(isEventType)) {
    used.event(typeLabel(type), type.fields.filter((f) => f.kind === 'span' && !isRelationField(f.id) && !isEquivalenceField(f.id)).map(fieldLabel));
  }
  for (const type of types) {
    for (const field of type.fields) {
      if (field.kind === 'span' && isRelationField(field.id)) used.relation(fieldLabel(field), typeLabel(type));
      else if (field.kind === 'span' && isEquivalenceField(field.id)) used.equivalences.add(fieldLabel(field));
      else if (field.kind === 'boolean') used.attribute(fieldLabel(field), typeLabel(type), null);
      else if (field.kind === 'choice') for (const option of field.options.filter(isAttributeToken)) used.attribute(fieldLabel(field), typeLabel(type), option);
    }
  }
  const section = (name: string, lines: readonly string[]) => `[${name}]\n${lines.map((line) => `${line}\n`).join('')}`;
  const relations = [
    ...[...used.relations].map(([label, from]) => `${label}\tArg1:${[...from].join('|')}, Arg2:<ANY>`),
    ...[...used.equivalences].map((label) => `${label}\tArg1:<ANY>, Arg2:<ANY>, <REL-TYPE>:symmetric-transitive`),
  ];
  const events = [...used.events].map(([label, roles]) => `${label}\t${[...roles].map((role) => `${role}?:<ENTITY>|<EVENT>`).join(', ')}`.trimEnd());
  const attributes = [...used.attributes].map(([label, { args, values }]) => `${label}\tArg:${[...args].join('|')}${values.size > 0 ? `, Value:${[...values].join('|')}` : ''}`);
  const notes = used.noteFields.size > 0 ? `${NOTE_FIELDS_COMMENT} ${[...used.noteFields].map(([label, kind]) => `${label}=${kind}`).join(' ')}\n\n` : '';
  return notes + [section('entities', [...used.entities]), section('relations', relations), section('events', events), section('attributes', attributes)].join('\n');
}

/** visual.conf: each type's colour, so brat paints the spans as Gloss does. */
function writeVisualConf(types: readonly LabelType[]): string {
  const labels = types.map((type) => `${typeLabel(type)} | ${type.name}`);
  const drawing = types.map((type) => `${typeLabel(type)}\tbgColor:${type.color}`);
  return `[labels]\n${labels.map((line) => `${line}\n`).join('')}\n[drawing]\n${drawing.map((line) => `${line}\n`).join('')}`;
}

/** A file name for each document: its original name where it has one, unique in the folder. */
export function baseNames(): (document: BundleDocument) => string {
  const used = new Set<string>();
  return (document) => {
    const original = document.fileName?.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '_');
    const base = original && original.length > 0 ? original : document.id;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return name;
  };
}

export async function* serializeBrat(source: ExportSource): AsyncIterable<OutputPiece> {
  const labels = new LabelBook(source.types);
  const nameOf = baseNames();
  const conf = new ConfBook();
  const contextOf = valueContexts(source.entities ?? []);
  for await (const document of source.documents()) {
    const base = nameOf(document);
    yield { path: `${base}.txt`, data: document.text };
    yield { path: `${base}.ann`, data: writeAnn(document, labels, conf, contextOf(document)) };
  }
  // Written last: it declares every label the files used, which are known only now.
  yield { path: 'annotation.conf', data: writeConf(source.types, conf) };
  yield { path: 'visual.conf', data: writeVisualConf(source.types) };
}
