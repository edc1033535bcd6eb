import { err, ok } from '../result';
import { CodePointIndex } from '../text/code-points';
import type { BundleDocument, ExchangeFormat, FormatProblem, InputFile, KnownDocument, ParseContext, ParseResult } from './bundle';
import { readAttributeOptions } from './brat-conf';
import { readAnn, SchemaCollector } from './brat-read';
import { serializeBrat } from './brat-write';
import { slugId } from './ids';
import { readNoteFields } from './brat-labels';
import type { Entity } from '../model/entity';
import { decodeUtf8 } from './utf8';
import { addToGroup } from '../grouping';

const baseName = (path: string) => path.replace(/^.*[\\/]/, '');
const folderOf = (path: string) => path.replace(/[\\/]?[^\\/]*$/, '');
const stem = (path: string) => path.replace(/\.[^.\\/]*$/, '');

/**
 * Where an .ann file's annotations go: a workspace document, or a new one from
 * its sibling .txt. `findByText` when the .ann's own text is missing, so its
 * offsets may not fit the workspace's copy.
 */
type Home = { document: KnownDocument; source: string | null; findByText: boolean };

function findHome(annName: string, files: ReadonlyMap<string, string>, context: ParseContext): Home | string {
  const source = files.get(`${stem(annName)}.txt`) ?? null;
  const same = source !== null ? context.documents.find((d) => d.text === source) : undefined;
  if (same) return { document: same, source: null, findByText: false };
  const name = baseName(stem(annName));
  const named = context.documents.find((d) => d.fileName !== undefined && stem(d.fileName) === name);
  if (named) return { document: named, source, findByText: source === null };
  if (source === null) return `no ${name}.txt beside it and no document of the workspace was imported from a file named ${name}`;
  return { document: { id: slugId(name), text: source, fileName: `${name}.txt` }, source: null, findByText: false };
}

/**
 * brat standoff: a .ann per document beside its .txt, plus annotation.conf.
 * Each .ann goes to the workspace document with the same text or file name,
 * else brings its .txt in as a new document. When several .ann files (several
 * annotators) go to one document, each keeps its folder name as its set.
 */
function parse(input: readonly InputFile[], context: ParseContext): ParseResult {
  const files = new Map(input.map((file) => [file.name, decodeUtf8(file.bytes)]));
  const conf = [...files].filter(([name]) => baseName(name) === 'annotation.conf').map(([, text]) => text);
  const schema = new SchemaCollector(readAttributeOptions(conf.join('\n')));
  const noteFields = readNoteFields(conf.join('\n'));
  const entities = new Map<string, Entity>();
  const problems: FormatProblem[] = [];
  const homes = new Map<string, Home>();
  for (const name of files.keys()) {
    if (!name.endsWith('.ann')) continue;
    const home = findHome(name, files, context);
    if (typeof home === 'string') problems.push({ file: name, message: home });
    else homes.set(name, home);
  }
  const perDocument = new Map<string, string[]>();
  for (const [name, home] of homes) addToGroup(perDocument, home.document.id, name);
  const documents = new Map<string, BundleDocument>();
  for (const [name, home] of homes) {
    const shared = (perDocument.get(home.document.id) ?? []).length > 1;
    const annotator = folderOf(name) || stem(baseName(name));
    const texts = { source: home.source === null ? null : new CodePointIndex(home.source), target: new CodePointIndex(home.document.text) };
    const read = readAnn(files.get(name) ?? '', texts, {
      idPrefix: shared ? `${slugId(annotator)}-` : '',
      set: shared ? annotator : 'default',
      now: context.now,
      schema,
      findByText: home.findByText,
      noteFields,
    });
    for (const entity of read.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
    problems.push(...read.problems.map((p) => ({ file: name, annotation: p.line, message: `${p.line}: ${p.message}` })));
    const existing = documents.get(home.document.id);
    const { id, text, fileName } = home.document;
    documents.set(id, {
      id,
      text,
      metadata: { title: existing?.metadata.title ?? (text.split(/\r?\n/).find((l) => l.trim().length > 0)?.trim().slice(0, 200) || id) },
      ...(fileName !== undefined ? { fileName } : {}),
      annotations: [...(existing?.annotations ?? []), ...read.annotations],
    });
  }
  if (problems.length > 0) return err(problems);
  return ok({ set: null, types: schema.result(), documents: [...documents.values()], entities: [...entities.values()] });
}

export const bratFormat: ExchangeFormat = { name: 'brat', output: 'folder', serialize: serializeBrat, parse };
