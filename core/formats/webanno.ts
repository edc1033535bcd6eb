import { err, ok } from '../result';
import { CodePointIndex } from '../text/code-points';
import { SchemaCollector } from './brat-read';
import type { BundleDocument, ExchangeFormat, FormatProblem, InputFile, ParseContext, ParseResult } from './bundle';
import { slugId } from './ids';
import { addToDocument, annotationsFromDrafts, bundleDocument, fileProblems } from './span-drafts';
import { decodeUtf8 } from './utf8';
import { documentForSentences, draftsFor, readTsv } from './webanno-read';
import { serializeWebAnno } from './webanno-write';

/**
 * WebAnno TSV 3.3, INCEpTION's and WebAnno's interchange format
 * (https://inception-project.github.io/releases/latest/docs/user-guide.html#sect_webannotsv):
 * one .tsv per document, sentences and tokens with offsets in UTF-16 code
 * units (the format is Java's), span layers with features and slot
 * features, chains and relations. webanno-layers.ts says how Gloss's types
 * and fields map to layers and features.
 */
function parse(files: readonly InputFile[], context: ParseContext): ParseResult {
  const problems: FormatProblem[] = [];
  const schema = new SchemaCollector(new Map());
  // Each file is read and placed before the next is read, so only its annotations outlive it (not its rows and readings).
  const placedFiles = files.flatMap((file) => {
    const content = readTsv(decodeUtf8(file.bytes));
    if (!content.ok) {
      problems.push(...content.error.map((message) => ({ file: file.name, message })));
      return [];
    }
    const name = file.name.replace(/^.*[\\/]/, '');
    const known = documentForSentences(content.value, name, context);
    const home = known ?? { id: slugId(name.replace(/\.[^.]*$/, '')), text: content.value.text, fileName: name.replace(/\.tsv$/i, '.txt') };
    const placed = annotationsFromDrafts(draftsFor(content.value.readings, new CodePointIndex(home.text)), home, null, schema, context);
    problems.push(...fileProblems(file.name, placed.problems));
    return [{ file, home, annotations: placed.annotations }];
  });
  // Several files for one document (INCEpTION exports one per annotator) each keep their folder, or name, as their set.
  const filesFor = new Map<string, number>();
  for (const { home } of placedFiles) filesFor.set(home.id, (filesFor.get(home.id) ?? 0) + 1);
  const documents = new Map<string, BundleDocument>();
  for (const { file, home, annotations } of placedFiles) {
    const shared = (filesFor.get(home.id) ?? 0) > 1;
    const set = file.name.replace(/[\\/][^\\/]*$/, '') || file.name.replace(/\.[^.]*$/, '');
    const inSet = shared ? annotations.map((annotation) => ({ ...annotation, set })) : annotations;
    addToDocument(documents, home.id, bundleDocument(home, inSet));
  }
  if (problems.length > 0) return err(problems);
  return ok({ set: null, types: schema.result(), documents: [...documents.values()] });
}

export const webannoFormat: ExchangeFormat = { name: 'webanno', output: 'folder', serialize: serializeWebAnno, parse };
