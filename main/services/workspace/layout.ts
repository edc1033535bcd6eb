import { join } from 'node:path';
import { slugId } from '../../../core/formats/ids';
import { sha256 } from './hash';
import type { DocumentId } from '../../../core/model/ids';
import { ENTITIES_FILE_NAME } from '../../../core/model/entity';
import { SCHEMA_FILE_NAME } from '../../../core/model/label-types';
import { MANIFEST_FILE_NAME } from '../../../core/model/workspace';
import { REJECTED_FILE_NAME } from '../../../core/model/suggestions';

/**
 * Where each file of a workspace lives. Ids are validated as safe file names
 * (core/model/ids.ts) before they get here, so no path can leave the folder.
 */
export class WorkspaceLayout {
  constructor(readonly root: string) {}

  get manifest(): string {
    return join(this.root, MANIFEST_FILE_NAME);
  }

  get schema(): string {
    return join(this.root, SCHEMA_FILE_NAME);
  }

  get entities(): string {
    return join(this.root, ENTITIES_FILE_NAME);
  }

  /** The suggestions the analyst rejected, so the engine does not make them again. */
  get rejectedSuggestions(): string {
    return join(this.root, REJECTED_FILE_NAME);
  }

  get documentsDir(): string {
    return join(this.root, 'documents');
  }

  get annotationsDir(): string {
    return join(this.root, 'annotations');
  }

  /** Copies of the files a migration replaced, one folder per migration (backup/<time>/…). */
  get backupDir(): string {
    return join(this.root, 'backup');
  }

  document(id: DocumentId): string {
    return join(this.documentsDir, `${id}.json`);
  }

  /** A document's folder of set files (annotations/<document>/). */
  documentAnnotations(id: DocumentId): string {
    return join(this.annotationsDir, id);
  }

  /** One set's annotations in one document (annotations/<document>/<set file name>). */
  setAnnotations(id: DocumentId, set: string): string {
    return join(this.documentAnnotations(id), setFileName(set));
  }

  /** One set's change journal in one document, beside its set file (set-journal.ts). */
  setJournal(id: DocumentId, set: string): string {
    return join(this.documentAnnotations(id), journalFileName(setFileName(set)));
  }

  /** The adjudicators' decisions that leave nothing in a gold set, one folder per document (adjudication/<document>/). */
  get adjudicationDir(): string {
    return join(this.root, 'adjudication');
  }

  /**
   * The items rejected in one document for one gold set, named as that set's
   * file is (adjudication/<document>/<set file name>): an adjudicator writes
   * only the file of their own gold set, as an analyst only their set's.
   */
  adjudication(id: DocumentId, gold: string): string {
    return join(this.adjudicationDir, id, setFileName(gold));
  }

  /** The older layout's file of every set of a document (annotations/<document>.json), read only to migrate it. */
  legacyAnnotations(id: DocumentId): string {
    return join(this.annotationsDir, `${id}.json`);
  }

  /** A path as shown to the analyst: relative to the workspace folder. */
  display(path: string): string {
    return path.startsWith(this.root) ? path.slice(this.root.length + 1) : path;
  }
}

/** Hex digits of the name's SHA-256 that tell apart two set names with the same slug. */
const SET_NAME_HASH_LENGTH = 12;

/**
 * A set's file name. Set names are free text (1-200 characters: "Anna K.",
 * "imported 2", "brat/annotator"), so a name that is its own slug (the one
 * slug rule, core/formats/ids.ts: lowercase letters, digits and dashes,
 * starting with a letter, at most 32) is the file's name as it is
 * ("default.json", "gold.json"); any other gets its slug and a hash of the
 * exact name after an underscore ("anna-k_3f2a9c01b4de.json"). No slug holds
 * an underscore, so the two kinds never meet, and names differing only in
 * case or accents get different files (safe on case-insensitive disks).
 */
export function setFileName(set: string): string {
  const slug = slugId(set);
  return slug === set ? `${set}.json` : `${slug}_${sha256(set).slice(0, SET_NAME_HASH_LENGTH)}.json`;
}

/** Ends the name of every set's change journal; no set file's name ends so (they end in `.json`). */
export const JOURNAL_SUFFIX = '.journal.jsonl';

/** The journal's name beside a set file of the given name (`default.json` → `default.journal.jsonl`). */
export function journalFileName(setFile: string): string {
  return `${setFile.slice(0, -'.json'.length)}${JOURNAL_SUFFIX}`;
}

/** The set file a journal of the given name belongs to (`default.journal.jsonl` → `default.json`). */
export function journaledFileName(journal: string): string {
  return `${journal.slice(0, -JOURNAL_SUFFIX.length)}.json`;
}
