import type { FieldValue, StoredAnnotation } from '../model/annotation';
import type { LabelType } from '../model/label-types';
import { CodePointIndex } from '../text/code-points';
import type { BundleDocument, ExportSource, OutputPiece } from './bundle';
import { fieldLabel, isAttributeToken, isEventType, isRelationField, NOTES_COMMENT, typeLabel } from './brat-labels';

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
    return Object.entries(annotation.fields).some(([id, value]) => isReference(value) && !isRelationField(id));
  }
}

function isReference(value: FieldValue): value is { ref: string } {
  return typeof value === 'object' && 'ref' in value;
}

/** A value written as an AnnotatorNotes line: a date with its wording, an entity by its id. */
function bratNoteText(value: FieldValue): string {
  if (typeof value !== 'object') return String(value);
  if ('date' in value) return `${value.date} ${value.wording}`;
  return 'entity' in value ? `entity:${value.entity}` : value.ref;
}

/** Line breaks cannot appear in a T line's text; brat shows spans across lines with spaces too. */
const oneLine = (text: string) => text.replace(/\r\n|[\r\n]/g, ' ');

/** The .ann text of one document. */
function writeAnn(document: BundleDocument, labels: LabelBook): string {
  const index = new CodePointIndex(document.text);
  const brat = new Map<string, string>();
  const events = document.annotations.filter((a) => labels.isEvent(a));
  document.annotations.forEach((a, i) => brat.set(a.id, `T${i + 1}`));
  events.forEach((a, i) => brat.set(a.id, `E${i + 1}`));
  const lines: string[] = [];
  document.annotations.forEach((annotation, i) => {
    const spans = annotation.fragments.map((f) => `${f.start} ${f.end}`).join(';');
    const text = annotation.fragments.map((f) => oneLine(index.slice(f.start, f.end))).join(' ');
    lines.push(`T${i + 1}\t${labels.type(annotation.type)} ${spans}\t${text}`);
  });
  const counters = { E: 0, R: 0, A: 0, '#': 0 };
  const next = (kind: keyof typeof counters) => `${kind}${++counters[kind]}`;
  const refId = (ref: string) => brat.get(ref) ?? ref;
  for (const annotation of events) {
    const trigger = `T${document.annotations.indexOf(annotation) + 1}`;
    const args = labels
      .orderedFields(annotation)
      .filter(([id, value]) => isReference(value) && !isRelationField(id))
      .map(([id, value]) => `${labels.field(annotation.type, id)}:${refId((value as { ref: string }).ref)}`);
    lines.push([`${next('E')}\t${labels.type(annotation.type)}:${trigger}`, ...args].join(' '));
  }
  for (const annotation of document.annotations) {
    const self = brat.get(annotation.id) as string;
    for (const [id, value] of labels.orderedFields(annotation)) {
      const label = labels.field(annotation.type, id);
      if (isReference(value)) {
        if (isRelationField(id)) lines.push(`${next('R')}\t${label} Arg1:${self} Arg2:${refId(value.ref)}`);
      } else if (labels.isAttribute(annotation.type, id, value)) lines.push(`${next('A')}\t${label} ${self}${value === true ? '' : ` ${String(value)}`}`);
      else if (value === false && labels.isAttribute(annotation.type, id, true)) continue;
      else lines.push(`${next('#')}\t${label} ${self}\t${oneLine(bratNoteText(value))}`);
    }
    if (annotation.note !== undefined) lines.push(`${next('#')}\t${NOTES_COMMENT} ${self}\t${oneLine(annotation.note)}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** annotation.conf: what brat needs to show and edit the files. */
function writeConf(types: readonly LabelType[]): string {
  const entities = types.filter((t) => !isEventType(t)).map(typeLabel);
  const events = types.filter(isEventType).map((type) => {
    const roles = type.fields.filter((f) => f.kind === 'span' && !isRelationField(f.id)).map((f) => `${fieldLabel(f)}?:<ENTITY>|<EVENT>`);
    return `${typeLabel(type)}\t${roles.join(', ')}`;
  });
  const relations = types.flatMap((type) =>
    type.fields.filter((f) => f.kind === 'span' && isRelationField(f.id)).map((f) => `${fieldLabel(f)}\tArg1:${typeLabel(type)}, Arg2:<ANY>`),
  );
  const attributes = types.flatMap((type) =>
    type.fields
      .filter((f) => f.kind !== 'span' && f.kind !== 'text' && f.kind !== 'date')
      .map((f) => `${fieldLabel(f)}\tArg:${typeLabel(type)}${f.kind === 'choice' ? `, Value:${f.options.filter(isAttributeToken).join('|')}` : ''}`),
  );
  const section = (name: string, lines: readonly string[]) => `[${name}]\n${[...new Set(lines)].join('\n')}\n`;
  return [section('entities', entities), section('relations', relations), section('events', events), section('attributes', attributes)].join('\n');
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
  yield { path: 'annotation.conf', data: writeConf(source.types) };
  for await (const document of source.documents()) {
    const base = nameOf(document);
    yield { path: `${base}.txt`, data: document.text };
    yield { path: `${base}.ann`, data: writeAnn(document, labels) };
  }
}
