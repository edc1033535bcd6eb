import { Zip, ZipDeflate } from 'fflate';
import type { DeflateLevel } from './packing';
import { HeadLastEntry } from './zip-head-last';
import type { LabelType } from '../model/label-types';
import type { StoredAnnotation } from '../model/annotation';
import type { Entity } from '../model/entity';
import { entityLinksOf } from '../entities/entity-links';
import { entityLookup } from '../entities/entity-edits';
import type { BundleDocument, ExportSource, OutputPiece } from './bundle';
import { quotedText, readableValue, valueContexts, type ValueContext } from './field-text';
import { guidFrom, guidSequence, isGuid } from './guid';
import { encodeUtf8 } from './utf8';
import { element, openingTag, xmlEscape } from './xml';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';
/** The user each set's selections are made by: one per set, named after it. */
const userGuid = (set: string) => guidFrom(`user:${set}`);
/** The name of a Link between the fragments of one annotation (a quote interrupted by "he said"). */
export const SAME_ANNOTATION_LINK = 'same annotation';
/** The name of the project Note that carries the entities the annotations link to. */
export const ENTITIES_NOTE = 'Gloss entities';
/** What a Gloss field Note's Description starts with: the annotation's typed values as JSON, for a Gloss reading the file back. */
export const FIELDS_MARK = 'gloss:fields ';
/** What a source's Description says of the file it was imported from. */
export const FILE_PREFIX = 'File: ';
/** Fast deflate: the archive is mostly XML, which shrinks well even at the lowest level. */
const COMPRESSION: DeflateLevel = 1;

const typeGuid = (id: string, hash = guidFrom) => hash(`type:${id}`);
const optionGuid = (typeId: string, fieldId: string, option: string | true, hash = guidFrom) => hash(`option:${typeId}:${fieldId}:${String(option)}`);
const sourceGuid = (documentId: string) => guidFrom(`document:${documentId}`);
const noteGuid = (documentId: string, annotationId: string) => guidFrom(`note:${documentId}:${annotationId}`);
const sourcePath = (documentId: string) => `sources/${sourceGuid(documentId)}.txt`;

/**
 * Codes: one per type, with its id as description. Choice options and
 * booleans are child codes described "field=option" / "field", so a coding
 * to them carries the field value back on import.
 */
function codeBook(types: readonly LabelType[]): string {
  const codes = types.map((type) => {
    const children = type.fields.flatMap((field) => {
      if (field.kind === 'choice') {
        return field.options.map((option) =>
          element('Code', { guid: optionGuid(type.id, field.id, option), name: `${field.name}: ${option}`, isCodable: 'true' }, element('Description', {}, xmlEscape(`${field.id}=${option}`))),
        );
      }
      if (field.kind === 'boolean') {
        return [element('Code', { guid: optionGuid(type.id, field.id, true), name: field.name, isCodable: 'true' }, element('Description', {}, xmlEscape(field.id)))];
      }
      return [];
    });
    return element('Code', { guid: typeGuid(type.id), name: type.name, isCodable: 'true', color: type.color }, element('Description', {}, xmlEscape(type.id)) + children.join(''));
  });
  return codes.length > 0 ? element('CodeBook', {}, element('Codes', {}, codes.join(''))) : '';
}

/** Codings carry only what they must: who and when are on their selection already. */
function coding(target: string, guid: string): string {
  return `<Coding guid="${guid}"><CodeRef targetGUID="${target}"/></Coding>`;
}

/** Hashes each code's GUID once per export rather than once per coding (a hundred thousand times). */
function memoised(hash: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = hash(key)));
    return value;
  };
}

/** A selection's name: the type and the words, so an analyst in NVivo or MAXQDA knows it; fragments numbered "(1/2)". */
function selectionName(typeName: string, words: string, index: number, count: number): string {
  const short = words.length > 80 ? `${words.slice(0, 79)}…` : words;
  return `${typeName}: ${short}${count > 1 ? ` (${index + 1}/${count})` : ''}`;
}

/** Where XML goes, a piece at a time. */
type Write = (xml: string) => void;

/** Where one document's XML goes: its selections among the sources, a Note per annotation with fields, Links between coded selections. */
interface DocumentParts {
  selections: Write;
  notes: Write;
  links: Write;
}

/**
 * One PlainTextSelection per fragment, by the set's user. Choice and boolean
 * values are codings to child codes; every field is also in a Note the
 * selections refer to (readable lines for the analyst, the typed values for
 * Gloss); a field linking to another annotation is also a Link between their
 * selections, and the fragments of one annotation are linked as "same
 * annotation", so it stays recognisably one.
 */
function selections(document: BundleDocument, types: ReadonlyMap<string, LabelType>, hash: (key: string) => string, context: ValueContext, write: DocumentParts): void {
  const nextGuid = guidSequence(`selections:${document.id}`);
  const firstGuid = new Map<string, string>();
  const guids = document.annotations.map((annotation) => {
    // An id that is a GUID already (Gloss makes them so) names the first selection, and comes back as the id on import, with or without a Note.
    const own = annotation.fragments.map((_, i) => (i === 0 && isGuid(annotation.id) ? annotation.id : nextGuid()));
    firstGuid.set(annotation.id, own[0] as string);
    return own;
  });
  // An annotation another one links to keeps its id through a Note too, so the link still finds it on import.
  const linkedTo = new Set(document.annotations.flatMap((a) => Object.values(a.fields).flatMap((value) => (typeof value === 'object' && 'ref' in value ? [value.ref] : []))));
  document.annotations.forEach((annotation, n) => {
    const type = types.get(annotation.type);
    const codes = [typeGuid(annotation.type, hash)];
    for (const field of type?.fields ?? []) {
      const value = annotation.fields[field.id];
      if (field.kind === 'choice' && typeof value === 'string' && field.options.includes(value)) codes.push(optionGuid(annotation.type, field.id, value, hash));
      if (field.kind === 'boolean' && value === true) codes.push(optionGuid(annotation.type, field.id, true, hash));
    }
    const own = guids[n] as string[];
    const user = userGuid(annotation.set);
    const note = fieldNote(document.id, annotation, type, context, user, linkedTo.has(annotation.id));
    if (note) write.notes(note.xml);
    for (const [fieldId, value] of Object.entries(annotation.fields)) {
      const target = typeof value === 'object' && 'ref' in value ? firstGuid.get(value.ref) : undefined;
      const name = type?.fields.find((f) => f.id === fieldId)?.name ?? fieldId;
      if (target) write.links(element('Link', { guid: nextGuid(), name, direction: 'OneWay', originGUID: own[0], targetGUID: target }));
    }
    for (const guid of own.slice(1)) write.links(element('Link', { guid: nextGuid(), name: SAME_ANNOTATION_LINK, direction: 'Associative', originGUID: own[0], targetGUID: guid }));
    // Written out rather than through element(): this runs once per fragment, a hundred thousand times.
    const who = `creatingUser="${user}" creationDateTime="${xmlEscape(annotation.created)}" modifyingUser="${user}" modifiedDateTime="${xmlEscape(annotation.modified)}"`;
    const description = annotation.note !== undefined ? element('Description', {}, xmlEscape(annotation.note)) : '';
    const noteRef = note ? `<NoteRef targetGUID="${note.guid}"/>` : '';
    const typeName = type?.name ?? annotation.type;
    annotation.fragments.forEach((fragment, i) => {
      const name = xmlEscape(selectionName(typeName, fragment.exact, i, annotation.fragments.length));
      let xml = `<PlainTextSelection guid="${own[i]}" name="${name}" startPosition="${fragment.start}" endPosition="${fragment.end}" ${who}>${description}`;
      for (const code of codes) xml += coding(code, nextGuid());
      write.selections(`${xml}${noteRef}</PlainTextSelection>`);
    });
  });
}

/** A Note with an annotation's fields: one readable line each, and the typed values (and id) in its Description for Gloss. */
function fieldNote(documentId: string, annotation: StoredAnnotation, type: LabelType | undefined, context: ValueContext, user: string, linkedTo: boolean): { guid: string; xml: string } | null {
  const entries = Object.entries(annotation.fields);
  if (entries.length === 0 && annotation.entity === undefined && !linkedTo) return null;
  const lines = entries.map(([id, value]) => {
    const readable = readableValue(value, context);
    const shown = readable.wording !== null ? `${readable.wording} (${readable.text})` : readable.text || (readable.id ?? '');
    return `${type?.fields.find((f) => f.id === id)?.name ?? id}: ${shown}`;
  });
  if (annotation.entity !== undefined) lines.push(`Names: ${readableValue({ entity: annotation.entity }, context).text}`);
  const typed = { id: annotation.id, fields: annotation.fields, ...(annotation.entity !== undefined ? { entity: annotation.entity } : {}) };
  const guid = noteGuid(documentId, annotation.id);
  const name = `${type?.name ?? annotation.type}: ${quotedText(annotation).slice(0, 60)}`;
  const children = element('Description', {}, xmlEscape(`${FIELDS_MARK}${JSON.stringify(typed)}`)) + element('PlainTextContent', {}, xmlEscape(lines.join('\n')));
  return { guid, xml: element('Note', { guid, name, creatingUser: user, creationDateTime: annotation.created }, children) };
}

/** The project Note listing the entities the annotations link to: readable, and as JSON for Gloss. */
function entitiesNote(entities: readonly Entity[], user: string): string {
  const lines = entities.map((entity) => `${entity.name} (${entity.kind})${entity.aliases.length > 0 ? `, also ${entity.aliases.join(', ')}` : ''}`);
  const children = element('Description', {}, xmlEscape(`${FIELDS_MARK}${JSON.stringify(entities)}`)) + element('PlainTextContent', {}, xmlEscape(lines.join('\n')));
  return element('Note', { guid: guidFrom('gloss-entities'), name: ENTITIES_NOTE, creatingUser: user }, children);
}

/** project.qde's parts, in the order they follow one another: the sources, then the Notes, then the Links (QDA-XML's order). */
const SOURCES_PART = 0;
const NOTES_PART = 1;
const LINKS_PART = 2;

/** Characters of XML gathered before they are packed: about half a megabyte of UTF-8. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Writes one part of project.qde in pieces, packed a chunk at a time. A
 * document's XML built as one string (7 MB for a text of 10,000
 * annotations) and packed at once kept the garbage collector busy for
 * nearly half the export.
 */
function partWriter(project: HeadLastEntry, part: number) {
  let pieces: string[] = [];
  let gathered = 0;
  const flush = () => {
    if (pieces.length === 0) return;
    project.push(encodeUtf8(pieces.join('')), part);
    pieces = [];
    gathered = 0;
  };
  const write: Write = (xml) => {
    pieces.push(xml);
    gathered += xml.length;
    if (gathered >= CHUNK_CHARS) flush();
  };
  return { write, flush };
}

/**
 * Writes elements into one part of project.qde inside one wrapping element,
 * opened with the first of them: the schema wants none rather than an empty one.
 */
function wrappedPart(project: HeadLastEntry, part: number, name: string) {
  const out = partWriter(project, part);
  let written = false;
  return {
    write(xml: string): void {
      if (!written) out.write(`<${name}>`);
      written = true;
      out.write(xml);
    },
    close(): void {
      if (written) out.write(`</${name}>`);
      out.flush();
    },
  };
}

/**
 * REFI-QDA project (https://www.qdasoftware.org): project.qde in QDA-XML plus
 * each text as sources/<guid>.txt, zipped, in one pass over the documents.
 * The sources stream out as they come; project.qde is deflated as it is
 * written and held packed (a tenth of its size) until the end, when its head,
 * which lists one user per set and so must wait for every set to be met, is
 * put before it and it becomes the archive's last entry. Each document's
 * Notes and Links, which come after every source, are packed as they are met
 * too, as parts of their own (held as strings, they took a gigabyte and more
 * at 1,000,000 annotations).
 */
export async function* serializeQdpx(source: ExportSource): AsyncIterable<OutputPiece> {
  const queue: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else queue.push(chunk);
  });
  const drain = function* (): Generator<OutputPiece> {
    if (failure) throw failure;
    while (queue.length > 0) yield { path: '', data: queue.shift() as Uint8Array };
  };
  const project = new HeadLastEntry('project.qde', COMPRESSION, source.packing, LINKS_PART + 1);
  const sourcesPart = partWriter(project, SOURCES_PART);
  const push = sourcesPart.write;
  const notes = wrappedPart(project, NOTES_PART, 'Notes');
  const links = wrappedPart(project, LINKS_PART, 'Links');
  const parts: DocumentParts = { selections: push, notes: notes.write, links: links.write };
  push(codeBook(source.types));
  const types = new Map(source.types.map((type) => [type.id, type]));
  const hash = memoised(guidFrom);
  const contextOf = valueContexts(source.entities ?? []);
  const lookup = entityLookup(source.entities ?? []);
  const linked = new Map<string, Entity>();
  // Every set the annotations are in, in the order first met: the project's users.
  const sets = new Set(source.set !== null ? [source.set] : []);
  let sources = 0;
  for await (const document of source.documents()) {
    const text = new ZipDeflate(sourcePath(document.id), { level: COMPRESSION });
    zip.add(text);
    text.push(encodeUtf8(document.text), true);
    for (const annotation of document.annotations) {
      if (source.set === null) sets.add(annotation.set);
      for (const link of entityLinksOf(annotation)) {
        const entity = lookup.get(link.entityId);
        if (entity) linked.set(entity.id, entity);
      }
    }
    // The schema wants at least one source inside <Sources>, so it opens with the first.
    const opening = sources++ === 0 ? '<Sources>' : '';
    const file = document.fileName !== undefined ? element('Description', {}, xmlEscape(`${FILE_PREFIX}${document.fileName}`)) : '';
    const attributes = { guid: sourceGuid(document.id), name: document.metadata.title, plainTextPath: `internal://${sourceGuid(document.id)}.txt` };
    // Every annotation has a fragment, so the source has children when it has a file name or an annotation.
    if (file === '' && document.annotations.length === 0) push(opening + element('TextSource', attributes));
    else {
      push(opening + openingTag('TextSource', attributes) + file);
      selections(document, types, hash, contextOf(document), parts);
      push('</TextSource>');
    }
    yield* drain();
  }
  const users = sets.size > 0 ? [...sets] : ['default'];
  const creator = userGuid(users[0] as string);
  if (sources > 0) push('</Sources>');
  sourcesPart.flush();
  if (linked.size > 0) notes.write(entitiesNote([...linked.values()], creator));
  notes.close();
  links.close();
  project.push(encodeUtf8('</Project>\n'), LINKS_PART);
  project.addTo(
    zip,
    encodeUtf8(
      `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="${QDA_NAMESPACE}" name="${xmlEscape(source.set ?? 'Gloss')}" origin="Gloss" creatingUserGUID="${creator}" creationDateTime="${new Date().toISOString()}">` +
        element('Users', {}, users.map((set) => element('User', { guid: userGuid(set), name: set })).join('')),
    ),
  );
  zip.end();
  yield* drain();
}
