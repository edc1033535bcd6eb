import { z } from 'zod';
import { ADJUDICATION_FILE } from '../agreement/adjudication-file';
import { ANNOTATIONS_FILE, SET_ANNOTATIONS_FILE } from './annotation';
import { DOCUMENT_FILE } from './document';
import { ENTITIES_FILE } from './entity';
import { SCHEMA_FILE } from './label-types';
import { SET_JOURNAL_FILE, SetJournalChangeSchema } from './set-journal';
import { REJECTED_FILE } from './suggestions';
import { SYNC_CONFLICTS_FILE } from './sync-conflicts';
import type { FileFormat } from './versioned';
import { WORKSPACE_FILE } from './workspace';

const FILES: Record<string, { kind: Pick<FileFormat<z.ZodType>, 'schema'>; title: string; description: string }> = {
  'workspace.schema.json': {
    kind: WORKSPACE_FILE,
    title: 'Gloss workspace manifest (workspace.json)',
    description: 'The list of documents in a Gloss workspace, with their status (annotation counts are counted from the set files, not kept here).',
  },
  'document.schema.json': {
    kind: DOCUMENT_FILE,
    title: 'Gloss document (documents/<id>.json)',
    description: 'One imported article: its normalised text (never changed after import), blocks as code-point ranges, metadata and provenance.',
  },
  'set-annotations.schema.json': {
    kind: SET_ANNOTATIONS_FILE,
    title: 'Gloss set annotations (annotations/<document id>/<set>.json)',
    description:
      "One annotation set's annotations and review list in one document. Offsets are Unicode code points into the document text. Every annotation's \"set\" equals the file's \"set\" (not expressible here; see docs/format.md).",
  },
  'set-journal-header.schema.json': {
    kind: SET_JOURNAL_FILE,
    title: "Gloss set journal, first line (annotations/<document id>/<set>.journal.jsonl)",
    description:
      "The first line of a set's change journal: whose set it is, and the SHA-256 of the exact set file its changes apply to (null when the set had no file). Each later line is a change (set-journal-change.schema.json). See docs/format.md.",
  },
  'set-journal-change.schema.json': {
    kind: { schema: SetJournalChangeSchema },
    title: "Gloss set journal, one change (every line after the first of annotations/<document id>/<set>.journal.jsonl)",
    description:
      'One saved change to a set, applied in order on top of its set file: the ids in "remove" go, then each annotation in "upsert" replaces the one with its id or is added. Every upserted annotation is of the journal\'s set (not expressible here).',
  },
  'annotations.schema.json': {
    kind: ANNOTATIONS_FILE,
    title: 'Gloss annotations, older layout (annotations/<id>.json)',
    description: 'Every set of one document in one file, as workspaces before version 3 kept them; read only to migrate them into set files. Offsets are Unicode code points into the document text.',
  },
  'entities.schema.json': {
    kind: ENTITIES_FILE,
    title: 'Gloss entities (entities.json)',
    description:
      'The people, organisations and places of a workspace, with their aliases. Annotations link to them by id; an id listed in mergedIds means the entity that lists it.',
  },
  'rejected-suggestions.schema.json': {
    kind: REJECTED_FILE,
    title: 'Gloss rejected suggestions (rejected-suggestions.json)',
    description:
      'The suggestions an analyst rejected, per document, by their type and code-point spans, so the suggestion engine does not make them again.',
  },
  'adjudication.schema.json': {
    kind: ADJUDICATION_FILE,
    title: 'Gloss adjudication decisions (adjudication/<document id>/<gold set>.json)',
    description:
      'The items an adjudicator rejected in one document for one gold set, by their key: the ids of the items\' source versions joined by "+". Taken and edited items are the gold set\'s own annotations. A key appears once (not expressible here; see docs/format.md).',
  },
  'sync-conflicts.schema.json': {
    kind: SYNC_CONFLICTS_FILE,
    title: 'Gloss sync conflicts (sync-conflicts.json)',
    description:
      "The true conflicts of syncs through git, waiting for the analyst: this workspace's version of each item stays in its file (`ours`), the remote's is kept only here (`theirs`); null means that side deleted the item.",
  },
  'label-schema.schema.json': {
    kind: SCHEMA_FILE,
    title: 'Gloss label schema (schema.json)',
    description: 'The annotation types of a workspace and their fields.',
  },
};

/**
 * JSON Schemas of every Gloss file, derived from the zod schemas the app
 * validates with, so the published schemas cannot drift from the code.
 * (Checks zod cannot express, such as "blocks do not overlap", are described
 * in docs/format.md.)
 */
export function glossJsonSchemas(): Record<string, object> {
  return Object.fromEntries(
    Object.entries(FILES).map(([fileName, { kind, title, description }]) => [
      fileName,
      {
        $id: `https://gloss.invalid/schema/${fileName}`,
        title,
        description,
        ...z.toJSONSchema(kind.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
      },
    ]),
  );
}
