import { unzipSync } from 'fflate';
import type { FieldValue, Fragment, StoredAnnotation } from '../model/annotation';
import type { LabelType } from '../model/label-types';
import { LabelTypeIdSchema } from '../model/annotation';
import { err, ok } from '../result';
import { CodePointIndex } from '../text/code-points';
import { placeRange } from './anchor';
import type { BundleDocument, FormatProblem, InputFile, ParseContext, ParseResult } from './bundle';
import { isGuid } from './guid';
import { slugId } from './ids';
import { ENTITIES_NOTE, FIELDS_MARK, FILE_PREFIX, QDA_NAMESPACE, SAME_ANNOTATION_LINK } from './qdpx-write';
import { z } from 'zod';
import { FieldValueSchema } from '../model/annotation';
import { EntitySchema, type Entity } from '../model/entity';
import { SafeIdSchema } from '../model/ids';
import { parseUnknown } from '../validation/parse-unknown';
import { decodeUtf8 } from './utf8';
import { attribute, childElements as children, readXml, type XmlElement as Element } from './xml-read';
import { entryText } from './zip-entry';

/**
 * Limits that keep a hostile archive (a zip bomb) from exhausting memory or
 * time before anything is read. project.qde is streamed (never held whole),
 * and Gloss's own export of 100,000 annotations writes one of about 70 MB, so
 * it may unpack to `projectRatio` times its packed size (XML of this kind
 * packs about ten times; a bomb, a thousand) when that is above `entryBytes`.
 */
interface QdpxLimits {
  entries: number;
  entryBytes: number;
  totalBytes: number;
  projectRatio: number;
}
const QDPX_LIMITS: QdpxLimits = { entries: 20_000, entryBytes: 64 * 2 ** 20, totalBytes: 512 * 2 ** 20, projectRatio: 100 };
const EXPECTED_ENTRY = /^(project\.qde|sources\/[^/]+)$/i;
const PROJECT = 'project.qde';

/** The archive's sources unpacked, and how large its project.qde may unpack (it is streamed later). */
interface Unzipped {
  sources: Record<string, Uint8Array>;
  projectLimit: number;
}

function unzip(file: InputFile, limits: QdpxLimits): { ok: true; value: Unzipped } | { ok: false; error: string } {
  const refused: string[] = [];
  let total = 0;
  let count = 0;
  let projectLimit: number | null = null;
  try {
    const sources = unzipSync(file.bytes, {
      filter: (entry) => {
        count++;
        total += entry.originalSize;
        if (entry.name.endsWith('/')) return false;
        const limit = entry.name === PROJECT ? Math.min(limits.totalBytes, Math.max(limits.entryBytes, entry.size * limits.projectRatio)) : limits.entryBytes;
        if (!EXPECTED_ENTRY.test(entry.name)) refused.push(`unexpected entry "${entry.name}"`);
        else if (entry.originalSize > limit) refused.push(`"${entry.name}" would unpack to ${entry.originalSize} bytes (at most ${limit})`);
        else if (entry.name === PROJECT) projectLimit = limit;
        return entry.name !== PROJECT && refused.length === 0 && count <= limits.entries && total <= limits.totalBytes;
      },
    });
    if (count > limits.entries) return err(`holds ${count} entries (at most ${limits.entries})`);
    if (total > limits.totalBytes) return err(`would unpack to ${total} bytes (at most ${limits.totalBytes})`);
    if (refused.length > 0) return err(`is not a REFI-QDA project: ${refused.slice(0, 3).join('; ')}`);
    if (projectLimit === null) return err(`has no ${PROJECT}`);
    return ok({ sources, projectLimit });
  } catch (error) {
    return err(`is not a readable zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
}

const descriptionOf = (node: Element) => children(node, 'Description')[0]?.text;

/** What a code stands for: a type, or a field value of its parent type. */
type CodeMeaning = { type: string } | { type: string; field: string; value: FieldValue };

/** The codes of a CodeBook, added to what is known of this project's codes. */
function readCodes(codeBook: Element, codes: { meanings: Map<string, CodeMeaning>; types: LabelType[] }): void {
  const { meanings, types } = codes;
  const visit = (code: Element, parent: string | null) => {
    const name = attribute(code, 'name') ?? 'code';
    const description = descriptionOf(code) ?? '';
    const field = /^([a-z][a-z0-9-]{0,31})(?:=(.+))?$/s.exec(description);
    if (parent !== null && field) {
      meanings.set(attribute(code, 'guid') ?? '', { type: parent, field: field[1] as string, value: field[2] ?? true });
    } else {
      const id = LabelTypeIdSchema.safeParse(description).success ? description : slugId(name);
      const color = /^#[0-9a-f]{6}$/i.test(attribute(code, 'color') ?? '') ? (attribute(code, 'color') as string) : '#8a8a8a';
      if (!types.some((t) => t.id === id)) types.push({ id, name, color, fields: [] });
      meanings.set(attribute(code, 'guid') ?? '', { type: id });
      parent = id;
    }
    for (const child of children(code, 'Code')) visit(child, parent);
  };
  for (const list of children(codeBook, 'Codes')) for (const code of children(list, 'Code')) visit(code, null);
}

const CODE_BOOK = 'Project/CodeBook';
const TEXT_SOURCE = 'Project/Sources/TextSource';
const NOTE = 'Project/Notes/Note';
const LINK = 'Project/Links/Link';

/** What the sources' selections became, by selection GUID, so the Notes and Links after the sources can reach them. */
interface Selections {
  byGuid: Map<string, { annotation: StoredAnnotation; document: BundleDocument }>;
  noteRefs: Map<string, StoredAnnotation[]>;
}

/**
 * REFI-QDA project: each TextSource goes to the workspace document with its
 * text or name, else comes in as a new one. project.qde is streamed: it is
 * unpacked and parsed a piece at a time, and each source is read as soon as
 * it closes and let go, so a project of a hundred thousand selections never
 * stands in memory as one text or one tree.
 */
export function parseQdpx(files: readonly InputFile[], context: ParseContext, limits = QDPX_LIMITS): ParseResult {
  const problems: FormatProblem[] = [];
  const documents: BundleDocument[] = [];
  let types: LabelType[] = [];
  const entities: Entity[] = [];
  for (const file of files) {
    const entries = unzip(file, limits);
    if (!entries.ok) {
      problems.push({ file: file.name, message: `${file.name} ${entries.error}` });
      continue;
    }
    const codes = { meanings: new Map<string, CodeMeaning>(), types: [] as LabelType[] };
    // Project.xsd puts the code book before the sources; sources met before it wait for it.
    let codeBookSeen = false;
    const waiting: Element[] = [];
    const selections: Selections = { byGuid: new Map(), noteRefs: new Map() };
    const linking = notesAndLinks(selections);
    // Notes follow the sources (Project.xsd), so once a source was read and none waits, every one was. Notes met earlier, or while sources wait for a late code book, wait for them.
    let sourceMet = false;
    const notes: Element[] = [];
    const takeSource = (source: Element) => {
      const read = readSource(source, entries.value.sources, codes.meanings, context, selections);
      if (read.ok) documents.push(read.value);
      else problems.push(...read.error.map((message) => ({ file: file.name, message: `${file.name}: ${message}` })));
    };
    const read = readXml(entryText(file.bytes, PROJECT, entries.value.projectLimit), PROJECT, {
      root: (root) => (root.name === 'Project' && root.uri === QDA_NAMESPACE ? null : `is not a QDA-XML project (root must be Project in ${QDA_NAMESPACE})`),
      keep: (path) => path.length <= 3 && [CODE_BOOK, TEXT_SOURCE, NOTE, LINK].includes(path.join('/')),
      take: (element, path) => {
        const at = path.join('/');
        if (at === NOTE) {
          if (sourceMet && waiting.length === 0) linking.note(element);
          else notes.push(element);
        } else if (at === LINK) linking.link(element);
        else if (path.length === 2) {
          readCodes(element, codes);
          codeBookSeen = true;
        } else {
          sourceMet = true;
          if (codeBookSeen) takeSource(element);
          else waiting.push(element);
        }
      },
    });
    if (!read.ok) {
      problems.push({ file: file.name, message: `${file.name}: project.qde ${read.error}` });
      continue;
    }
    waiting.forEach(takeSource);
    notes.forEach(linking.note);
    const linked = linking.finish();
    problems.push(...linked.problems.map((message) => ({ file: file.name, message: `${file.name}: ${message}` })));
    for (const entity of linked.entities) if (!entities.some((known) => known.id === entity.id)) entities.push(entity);
    types = [...types, ...codes.types.filter((t) => !types.some((known) => known.id === t.id))];
  }
  return problems.length > 0 ? err(problems) : ok({ set: null, types, documents, entities });
}

const GlossFieldsSchema = z.object({ id: z.string(), fields: z.record(z.string(), FieldValueSchema), entity: SafeIdSchema.optional() });

/** The typed values a Gloss Note carries in its Description, or null when it is an analyst's own note. */
function glossJson(note: Element): unknown {
  const description = descriptionOf(note) ?? '';
  if (!description.startsWith(FIELDS_MARK)) return null;
  try {
    return JSON.parse(description.slice(FIELDS_MARK.length)) as unknown;
  } catch {
    return undefined;
  }
}

/** A Link between selections, kept as its three attributes rather than as the element read. */
interface SelectionLink {
  origin: string;
  target: string;
  name: string;
}

/**
 * After the sources: Gloss's field Notes give each annotation its fields, id
 * and entity back (another tool's Note joins the annotation's note); a
 * "same annotation" Link joins a fragment to its annotation; another tool's
 * Link between selections becomes a span field named after the link. Notes
 * are applied as they are met, once the sources they refer to are read, and
 * let go (kept until the end, a hundred thousand of them took more memory
 * than the annotations); Links are kept small and applied after every Note,
 * since a Gloss Note's fields replace the annotation's.
 */
function notesAndLinks(selections: Selections) {
  const problems: string[] = [];
  let entities: Entity[] = [];
  const typed = new Set<StoredAnnotation>();
  const links: SelectionLink[] = [];
  const note = (element: Element): void => {
    const name = attribute(element, 'name') ?? 'note';
    const json = glossJson(element);
    if (json === undefined) {
      problems.push(`note "${name}": its Gloss values are not valid JSON`);
      return;
    }
    if (name === ENTITIES_NOTE && json !== null) {
      const read = parseUnknown(z.array(EntitySchema), json);
      if (read.ok) entities = read.value;
      else problems.push(`note "${name}": ${read.error}`);
      return;
    }
    for (const annotation of selections.noteRefs.get(attribute(element, 'guid') ?? '') ?? []) {
      if (json === null) {
        const text = children(element, 'PlainTextContent')[0]?.text ?? '';
        annotation.note = annotation.note === undefined ? text : `${annotation.note}\n${text}`;
        continue;
      }
      const read = parseUnknown(GlossFieldsSchema, json);
      if (!read.ok) {
        problems.push(`note "${name}": ${read.error}`);
        continue;
      }
      if (typed.has(annotation)) continue;
      typed.add(annotation);
      if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(read.value.id)) annotation.id = read.value.id;
      // The Note holds every field; the codings hold only the choice and boolean ones.
      annotation.fields = { ...read.value.fields };
      if (read.value.entity !== undefined) annotation.entity = read.value.entity;
    }
  };
  const link = (element: Element): void => {
    links.push({ origin: attribute(element, 'originGUID') ?? '', target: attribute(element, 'targetGUID') ?? '', name: attribute(element, 'name') ?? 'link' });
  };
  const finish = (): { entities: Entity[]; problems: string[] } => {
    // An annotation joined into another, and which: each join is recorded once and followed, where rewriting every selection's entry per join took time growing with the square of the selections.
    const joinedInto = new Map<StoredAnnotation, StoredAnnotation>();
    const current = (annotation: StoredAnnotation) => {
      let found = annotation;
      for (let next = joinedInto.get(found); next; next = joinedInto.get(found)) found = next;
      return found;
    };
    const joined = new Set<BundleDocument>();
    for (const { origin: originGuid, target: targetGuid, name } of links) {
      const origin = selections.byGuid.get(originGuid);
      const target = selections.byGuid.get(targetGuid);
      if (!origin || !target || origin.document !== target.document) continue;
      const from = current(origin.annotation);
      const to = current(target.annotation);
      if (from === to) continue;
      if (name === SAME_ANNOTATION_LINK) {
        from.fragments = [...from.fragments, ...to.fragments].sort((a, b) => a.start - b.start || a.end - b.end);
        joinedInto.set(to, from);
        joined.add(target.document);
      } else if (!typed.has(from)) {
        from.fields = { ...from.fields, [slugId(name)]: { ref: to.id } };
      }
    }
    for (const document of joined) document.annotations = document.annotations.filter((a) => !joinedInto.has(a));
    return { entities, problems };
  };
  return { note, link, finish };
}

function readSource(
  source: Element,
  entries: Record<string, Uint8Array>,
  meanings: ReadonlyMap<string, CodeMeaning>,
  context: ParseContext,
  selections: Selections,
): { ok: true; value: BundleDocument } | { ok: false; error: string[] } {
  const name = attribute(source, 'name') ?? attribute(source, 'guid') ?? 'source';
  const description = descriptionOf(source);
  // Gloss names a source by its title and keeps the file name in the description; other tools name it by the file.
  const fileName = description?.startsWith(FILE_PREFIX) ? description.slice(FILE_PREFIX.length) : name;
  const title = description?.startsWith(FILE_PREFIX) ? name : (description ?? name);
  const path = (attribute(source, 'plainTextPath') ?? '').replace(/^internal:\/\//, 'sources/');
  const inline = children(source, 'PlainTextContent')[0]?.text ?? null;
  const bytes = entries[path];
  const text = inline ?? (bytes ? decodeUtf8(bytes) : null);
  if (text === null) return err([`source "${name}" has neither PlainTextContent nor a plainTextPath inside the archive`]);
  const known =
    context.documents.find((d) => d.text === text) ??
    context.documents.find((d) => d.fileName === fileName || d.id === fileName);
  const target = known ?? { id: slugId(fileName.replace(/\.[^.]*$/, '')), text, fileName };
  const texts = { source: known && known.text !== text ? new CodePointIndex(text) : null, target: new CodePointIndex(target.text) };
  const problems: string[] = [];
  const byKey = new Map<string, StoredAnnotation>();
  const placedSelections: [guid: string, key: string, notes: string[]][] = [];
  const usedIds = new Set<string>();
  children(source, 'PlainTextSelection').forEach((selection, i) => {
    const label = attribute(selection, 'name') || `selection ${i + 1}`;
    const placed = placeRange(texts, Number(attribute(selection, 'startPosition')), Number(attribute(selection, 'endPosition')));
    if (!placed.ok) {
      problems.push(`source "${name}", selection "${label}": ${placed.error}`);
      return;
    }
    const meaningsHere = children(selection, 'Coding').flatMap((c) => children(c, 'CodeRef').map((r) => meanings.get(attribute(r, 'targetGUID') ?? '')));
    if (meaningsHere.length === 0) problems.push(`source "${name}", selection "${label}": it has no coding, so Gloss cannot tell its type`);
    if (meaningsHere.some((m) => m === undefined)) problems.push(`source "${name}", selection "${label}": a coding refers to a code that is not in the code book`);
    const fields: Record<string, FieldValue> = {};
    for (const meaning of meaningsHere) if (meaning && 'field' in meaning) fields[meaning.field] = meaning.value;
    const typeIds = new Set(meaningsHere.flatMap((m) => (m ? [m.type] : [])));
    const created = attribute(selection, 'creationDateTime') ?? context.now;
    const notes = children(selection, 'NoteRef').map((ref) => attribute(ref, 'targetGUID') ?? '');
    for (const type of typeIds) {
      // Older Gloss exports named each fragment by its annotation's id; otherwise a selection is its own annotation until a Link joins it.
      const key = `${/^[a-z0-9][a-z0-9-]{0,63}$/.test(label) ? label : `#${attribute(selection, 'guid') ?? i}`}\u0000${type}`;
      placedSelections.push([attribute(selection, 'guid') ?? '', key, notes]);
      const existing = byKey.get(key);
      if (existing) existing.fragments = [...existing.fragments, placed.value].sort((a: Fragment, b: Fragment) => a.start - b.start);
      else {
        const note = descriptionOf(selection);
        // Older Gloss exports named the selection by the id; newer ones give a GUID id as the first selection's GUID; another tool's GUID is a stable id too (importing the file again finds the same annotations).
        const guid = attribute(selection, 'guid')?.toLowerCase() ?? '';
        const id = /^[a-z0-9][a-z0-9-]{0,63}$/.test(label) && typeIds.size === 1 ? label : isGuid(guid) && typeIds.size === 1 && !usedIds.has(guid) ? guid : `qda-${byKey.size + 1}`;
        usedIds.add(id);
        byKey.set(key, { id, type, set: 'default', fragments: [placed.value], fields, ...(note !== undefined ? { note } : {}), created, modified: attribute(selection, 'modifiedDateTime') ?? created });
      }
    }
  });
  if (problems.length > 0) return err(problems);
  const document: BundleDocument = { id: target.id, text: target.text, metadata: { title }, ...(target.fileName !== undefined ? { fileName: target.fileName } : {}), annotations: [...byKey.values()] };
  for (const [guid, key, notes] of placedSelections) {
    const annotation = byKey.get(key);
    if (!annotation) continue;
    selections.byGuid.set(guid, { annotation, document });
    for (const note of notes) {
      const list = selections.noteRefs.get(note) ?? [];
      if (!list.includes(annotation)) list.push(annotation);
      selections.noteRefs.set(note, list);
    }
  }
  return ok(document);
}
