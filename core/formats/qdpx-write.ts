import { Zip, ZipDeflate } from 'fflate';
import type { LabelType } from '../model/label-types';
import type { BundleDocument, ExportSource, OutputPiece } from './bundle';
import { guidFrom, guidSequence } from './guid';
import { encodeUtf8 } from './utf8';
import { element, xmlEscape } from './xml';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';
const USER = guidFrom('gloss-user');
/** Fast deflate: the archive is mostly XML, which shrinks well even at the lowest level. */
const COMPRESSION = 1;

const typeGuid = (id: string, hash = guidFrom) => hash(`type:${id}`);
const optionGuid = (typeId: string, fieldId: string, option: string | true, hash = guidFrom) => hash(`option:${typeId}:${fieldId}:${String(option)}`);
const sourceGuid = (documentId: string) => guidFrom(`document:${documentId}`);
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

/** One PlainTextSelection per fragment, named after the annotation so its fragments come back together. */
function selections(document: BundleDocument, types: ReadonlyMap<string, LabelType>, hash: (key: string) => string): string {
  const nextGuid = guidSequence(`selections:${document.id}`);
  let xml = '';
  for (const annotation of document.annotations) {
    const type = types.get(annotation.type);
    const codes = [typeGuid(annotation.type, hash)];
    for (const field of type?.fields ?? []) {
      const value = annotation.fields[field.id];
      if (field.kind === 'choice' && typeof value === 'string' && field.options.includes(value)) codes.push(optionGuid(annotation.type, field.id, value, hash));
      if (field.kind === 'boolean' && value === true) codes.push(optionGuid(annotation.type, field.id, true, hash));
    }
    // Written out rather than through element(): this runs once per fragment, a hundred thousand times.
    const name = xmlEscape(annotation.id);
    const dates = `creationDateTime="${xmlEscape(annotation.created)}" modifiedDateTime="${xmlEscape(annotation.modified)}"`;
    const description = annotation.note !== undefined ? element('Description', {}, xmlEscape(annotation.note)) : '';
    for (const fragment of annotation.fragments) {
      xml += `<PlainTextSelection guid="${nextGuid()}" name="${name}" startPosition="${fragment.start}" endPosition="${fragment.end}" ${dates}>${description}`;
      for (const code of codes) xml += coding(code, nextGuid());
      xml += '</PlainTextSelection>';
    }
  }
  return xml;
}

/**
 * REFI-QDA project (https://www.qdasoftware.org): project.qde in QDA-XML plus
 * each text as sources/<guid>.txt, zipped. project.qde is the first entry and
 * streams out as it is written; the sources, added meanwhile, are compressed
 * and held by fflate until it ends (a few kB each), so one pass over the
 * documents is enough and nothing but one document's XML is held at once.
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
  const project = new ZipDeflate('project.qde', { level: COMPRESSION });
  zip.add(project);
  const push = (text: string, final = false) => project.push(encodeUtf8(text), final);
  push(
    `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="${QDA_NAMESPACE}" name="${xmlEscape(source.set ?? 'Gloss')}" origin="Gloss" creatingUserGUID="${USER}" creationDateTime="${new Date().toISOString()}">` +
      element('Users', {}, element('User', { guid: USER, name: 'Gloss' })) +
      codeBook(source.types),
  );
  const types = new Map(source.types.map((type) => [type.id, type]));
  const hash = memoised(guidFrom);
  let sources = 0;
  for await (const document of source.documents()) {
    const text = new ZipDeflate(sourcePath(document.id), { level: COMPRESSION });
    zip.add(text);
    text.push(encodeUtf8(document.text), true);
    // The schema wants at least one source inside <Sources>, so it opens with the first.
    const opening = sources++ === 0 ? '<Sources>' : '';
    push(
      opening +
        element(
          'TextSource',
          { guid: sourceGuid(document.id), name: document.fileName ?? document.id, plainTextPath: `internal://${sourceGuid(document.id)}.txt` },
          element('Description', {}, xmlEscape(document.metadata.title)) + selections(document, types, hash),
        ),
    );
    yield* drain();
  }
  push(`${sources > 0 ? '</Sources>' : ''}</Project>\n`, true);
  zip.end();
  yield* drain();
}
