import type { StoredAnnotation } from '../model/annotation';
import type { DocumentMetadata } from '../model/document';
import type { Entity } from '../model/entity';
import type { LabelType } from '../model/label-types';
import type { Result } from '../result';
import type { Packing } from './packing';

/**
 * The interchange model every exchange format reads into and writes from:
 * documents with their text, metadata, original file name and annotations,
 * plus the label types and the name of the set they came from.
 */
export interface BundleDocument {
  id: string;
  text: string;
  metadata: DocumentMetadata;
  /** The name of the file the document was imported from, when it had one. */
  fileName?: string;
  /** SHA-256 of the text (hex), where known: how another workspace recognises the same article. */
  textSha256?: string;
  annotations: readonly StoredAnnotation[];
  /** The document's annotations an export leaves out (other types or sets), so a link to one still reads as its words. */
  linkable?: readonly StoredAnnotation[];
}

interface BundleHeader {
  /** The set exported, or null when every set is included. */
  set: string | null;
  types: readonly LabelType[];
  /** The people, organisations and places field values and mentions link to; absent when the format carries none. */
  entities?: readonly Entity[];
}

export interface Bundle extends BundleHeader {
  documents: readonly BundleDocument[];
}

/**
 * What a serializer reads. Documents come one at a time so an export of a
 * large workspace never holds it all in memory; a serializer may walk them
 * more than once, but each pass reads the whole workspace again (none does now).
 */
export interface ExportSource extends BundleHeader {
  documents(): AsyncIterable<BundleDocument>;
  /** How a zipped format packs its large entry (the services give Node's zlib). */
  packing: Packing;
}

/**
 * A piece of output: `data` is appended to `path` ("" is the output file
 * itself). A list of strings is written one after another: a document's
 * many small strings (one per annotation) are each encoded as they are,
 * where one large string joined or stringified from them took longer to
 * encode than to build.
 */
export interface OutputPiece {
  path: string;
  data: string | Uint8Array | readonly string[];
}

/** One input file, named by its path relative to what the user picked (e.g. "alice/article.ann"). */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Something wrong with an input: the file, and the annotation when it is one of many. */
export interface FormatProblem {
  file: string;
  annotation?: string;
  message: string;
}

/** A document already in the workspace, against which an import is anchored. */
export interface KnownDocument {
  id: string;
  text: string;
  /** SHA-256 of the text (hex), as the workspace keeps it. */
  textSha256?: string;
  /** The article's address, where known. */
  url?: string;
  fileName?: string;
  /** Ids of its annotations, so a file may link to one it does not carry. */
  annotationIds?: readonly string[];
}

export interface ParseContext {
  documents: readonly KnownDocument[];
  /** The time stamp given to annotations whose file has none. */
  now: string;
}

/** Either the whole bundle or every problem found: an import is never half-read. */
export type ParseResult = Result<Bundle, FormatProblem[]>;

export interface ExchangeFormat {
  name: string;
  /** Whether the output path is one file or a folder of files. */
  output: 'file' | 'folder';
  serialize(source: ExportSource): AsyncIterable<OutputPiece>;
  parse?(files: readonly InputFile[], context: ParseContext): ParseResult;
}
