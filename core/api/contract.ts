import { z } from 'zod';
import type { Result } from '../result';
import { LabelTypeIdSchema, StoredAnnotationSchema, UnplacedSchema } from '../model/annotation';
import { DocumentFileSchema } from '../model/document';
import { AnnotationIdSchema, DocumentIdSchema } from '../model/ids';
import { LabelTypeSchema } from '../model/label-types';
import { DocumentStatusSchema } from '../model/workspace';
import { LIMITS } from '../model/limits';
import { EntitySchema, EntityIdSchema } from '../model/entity';
import { EntityEditSchema } from '../entities/entity-edits';
import { DocumentEditSchema } from '../article/document-edits';
import { EXPORT_FORMAT_NAMES, IMPORT_FORMAT_NAMES } from '../formats/catalogue';
import { AgreementReportSchema } from '../agreement/agreement-report';
import { ItemKeySchema } from '../agreement/adjudication-file';
import { QuerySchema } from '../query/query';
import { QueryRowSchema } from '../query/query-rows';
import { SyncConflictSchema } from '../model/sync-conflicts';

/**
 * The one API between the UI and the services. Each call is named once here
 * with its request and response schemas; the Electron preload, the IPC
 * handlers, the browser harness and the renderer are all typed from this table.
 */

const ProblemSchema = z.object({
  /** The file at fault, relative to the workspace folder where it is inside it. */
  file: z.string(),
  message: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;

const DocumentSummarySchema = z.object({
  id: DocumentIdSchema,
  title: z.string(),
  source: z.string().optional(),
  published: z.string().optional(),
  addedAt: z.string(),
  status: DocumentStatusSchema,
  annotationCounts: z.record(z.string(), z.int().nonnegative()),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/**
 * What the reader is shown of the services' session (main/services/session):
 * the open workspace, its documents and types, and the analyst's settings.
 */
const SessionSummarySchema = z.object({
  /** Null when no workspace is open: the UI offers to create or open one. */
  workspace: z
    .object({
      name: z.string(),
      path: z.string(),
      /** Why the workspace cannot be written, when it cannot. */
      readOnly: z.string().nullable(),
    })
    .nullable(),
  recentWorkspaces: z.array(z.string()),
  /** The analyst's name from the preferences, when they gave one. */
  analystName: z.string().nullable(),
  /** The set new annotations go into: the analyst's name, else "default". */
  annotationSet: z.string(),
  /** The sets the analyst hid in this workspace, hidden again when it reopens. */
  hiddenSets: z.array(z.string()),
  documents: z.array(DocumentSummarySchema),
  labelTypes: z.array(LabelTypeSchema),
  /** The document to show first: the one open when the workspace was last left. */
  lastDocumentId: DocumentIdSchema.nullable(),
  problems: z.array(ProblemSchema),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

const LoadedDocumentSchema = z.object({
  document: DocumentFileSchema,
  annotations: z.array(StoredAnnotationSchema),
  /** Annotations waiting to be placed or discarded (the review list). */
  unplaced: z.array(UnplacedSchema),
  /** What went wrong reading the annotations, and what was done about it. */
  problem: ProblemSchema.nullable(),
  /** Set when the annotations cannot be saved (a file from a newer Gloss). */
  readOnly: z.boolean(),
});
export type LoadedDocument = z.infer<typeof LoadedDocumentSchema>;

/** A document as the reader opens it: loaded, and where the analyst last stopped reading it. */
const OpenedDocumentSchema = LoadedDocumentSchema.extend({
  /** The code-point offset that was at the top of the reader, or null the first time. */
  readingPosition: z.int().nonnegative().nullable(),
});
export type OpenedDocument = z.infer<typeof OpenedDocumentSchema>;

const ImportOutcomeSchema = z.object({
  file: z.string(),
  documentId: DocumentIdSchema.nullable(),
  message: z.string(),
});
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

const Empty = z.object({}).strict();

/** One link from an annotation to an entity, for the Entities view. */
const EntityMentionSchema = z.object({
  /** As stored in the annotation: an id merged away still means the entity it went into. */
  entityId: EntityIdSchema,
  /** The field that links it; null when the annotation's own words name the entity. */
  field: z.string().nullable(),
  documentId: DocumentIdSchema,
  documentTitle: z.string(),
  annotationId: z.string(),
  type: z.string(),
  text: z.string(),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

const EntitiesSchema = z.object({ entities: z.array(EntitySchema) });

/** A set that exists, named exactly as its annotations name it. */
const SetNameSchema = z.string().min(1).max(LIMITS.name);
/** A new set's name as the analyst typed it: spaces at either end are dropped. */
export const NewSetNameSchema = z.string().trim().min(1).max(LIMITS.name);

/** What to export, as the app's dialog and the CLI both ask for it; where to write is asked separately. */
export const ExportSelectionSchema = z
  .object({
    format: z.enum(EXPORT_FORMAT_NAMES),
    /** All documents when absent. */
    documentIds: z.array(DocumentIdSchema).min(1).max(100_000).optional(),
    /** All types when absent. */
    types: z.array(LabelTypeIdSchema).min(1).max(1000).optional(),
    /** Every set when absent. */
    set: SetNameSchema.optional(),
  })
  .strict();
export type ExportSelection = z.infer<typeof ExportSelectionSchema>;

const ExportedSchema = z.object({
  path: z.string(),
  documents: z.int().nonnegative(),
  annotations: z.int().nonnegative(),
  /** Damaged annotations files the export met, each named: what could be read of them was exported. */
  problems: z.array(z.string()),
});
export type Exported = z.infer<typeof ExportedSchema>;

const ImportedSetSchema = z.object({
  set: z.string(),
  annotations: z.int().nonnegative(),
  documents: z.int().nonnegative(),
  newDocuments: z.int().nonnegative(),
  /** Types and fields ("type.field") the import added to the schema. */
  addedToSchema: z.array(z.string()),
});
export type ImportedSet = z.infer<typeof ImportedSetSchema>;

/** Which sets to compare for agreement, on which types and documents; the app's view and `gloss agreement` both ask this. */
export const AgreementRequestSchema = z
  .object({
    sets: z.array(SetNameSchema).min(2).max(100),
    /** All types when absent. */
    types: z.array(LabelTypeIdSchema).min(1).max(1000).optional(),
    /** All documents when absent. */
    documentIds: z.array(DocumentIdSchema).min(1).max(100_000).optional(),
  })
  .strict();

/** More changes than one save carries: "Tag all matches" in a long article makes a few thousand. */
/** Suggestions of one document by their `suggestionKey` (core/suggest/to-annotations.ts), for remembering or forgetting their rejection. */
const RejectionsRequest = z.object({ documentId: DocumentIdSchema, keys: z.array(z.string().min(1).max(LIMITS.name * 10)).min(1).max(10_000) }).strict();

/** One document's adjudication into one gold set. */
const AdjudicationTarget = { documentId: DocumentIdSchema, gold: SetNameSchema };
/** Adjudication items of one document by their key (core/agreement/adjudication.ts), rejected or reopened. */
const ItemsRequest = z.object({ ...AdjudicationTarget, keys: z.array(ItemKeySchema).min(1).max(10_000) }).strict();

const MAX_CHANGES = 200_000;

/**
 * A save sends what changed, not the document: autosave of one change costs
 * the same in a document of ten annotations or ten thousand. An id appears at
 * most once, so the order within a request never matters.
 */
const SaveChangesRequestSchema = z
  .object({
    documentId: DocumentIdSchema,
    /** Annotations added or changed; each replaces the one with its id. */
    upsert: z.array(StoredAnnotationSchema).max(MAX_CHANGES),
    /** Ids of annotations removed; an id the document does not hold is already removed. */
    remove: z.array(AnnotationIdSchema).max(MAX_CHANGES),
  })
  .strict()
  .superRefine(({ upsert, remove }, context) => {
    const seen = new Set<string>();
    for (const id of [...upsert.map((annotation) => annotation.id), ...remove]) {
      if (seen.has(id)) context.addIssue({ code: 'custom', message: `annotation ${id} is changed twice in one save` });
      seen.add(id);
    }
  });

export const contract = {
  getSession: { request: Empty, response: SessionSummarySchema },
  loadDocument: {
    request: z.object({ documentId: DocumentIdSchema }).strict(),
    response: OpenedDocumentSchema,
  },
  /** Where the analyst is reading a document, so it reopens there. */
  rememberReadingPosition: {
    request: z.object({ documentId: DocumentIdSchema, offset: z.int().nonnegative().max(LIMITS.text) }).strict(),
    response: z.object({}),
  },
  /** Applies one batch of changes to a document's stored annotations. */
  saveChanges: {
    request: SaveChangesRequestSchema,
    response: z.object({ savedAt: z.string() }),
  },
  /** Replaces the workspace's label types; annotations are untouched, whatever the change. */
  saveSchema: {
    request: z.object({ types: z.array(LabelTypeSchema).min(1) }).strict(),
    response: z.object({ types: z.array(LabelTypeSchema) }),
  },
  /**
   * Imports files dropped on the window, sent as their names and contents
   * (base64), so no file path crosses from the page to the services.
   */
  importUploads: {
    request: z
      .object({
        files: z
          .array(
            z.object({
              name: z.string().min(1).max(255).regex(/^[^/\\]+$/, 'a file name, not a path'),
              // 20 MB of file is about 27 MB of base64.
              base64: z.string().max(28 * 1024 * 1024),
            }),
          )
          .min(1)
          .max(200),
      })
      .strict(),
    response: z.object({ outcomes: z.array(ImportOutcomeSchema) }),
  },
  /** Asks the analyst for files in a native dialog, then imports them. */
  chooseFilesToImport: { request: Empty, response: z.object({ outcomes: z.array(ImportOutcomeSchema) }) },
  /**
   * Opens a workspace folder: one of the recent workspaces (the page may name
   * no other path), or without a path, one the analyst picks in a native dialog.
   */
  openWorkspace: {
    request: z.object({ path: z.string().min(1).optional() }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /** Creates a workspace in a new or empty folder the analyst picks in a native dialog; without a name, it is named after the folder. */
  createWorkspace: {
    request: z.object({ name: z.string().min(1).max(200).optional() }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  closeWorkspace: { request: Empty, response: z.object({}) },
  /**
   * Removes an item from a document's review list: to drop it, or with the
   * annotation placed in its stead, written in the same change so that it is
   * on disk at every moment, as the review item or as placed.
   */
  discardUnplaced: {
    request: z.object({ documentId: DocumentIdSchema, unplacedId: z.string().min(1), placed: StoredAnnotationSchema.optional() }).strict(),
    response: z.object({}),
  },
  /** Opens an article's own web page in the system browser, after the analyst confirms. */
  openExternalLink: {
    request: z.object({ url: z.string().min(1).max(8000) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  setDocumentStatus: {
    request: z.object({ documentId: DocumentIdSchema, status: DocumentStatusSchema }).strict(),
    response: z.object({}),
  },
  /**
   * Changes a document's metadata, or (before its first annotation) brings
   * back a removed line or takes a block out; answers the document as saved.
   */
  editDocument: {
    request: z.object({ documentId: DocumentIdSchema, edit: DocumentEditSchema }).strict(),
    /** The document as saved, and its row in the document list. */
    response: z.object({ document: DocumentFileSchema, summary: DocumentSummarySchema }),
  },
  /** Names the analyst, and so the set their new annotations go into; an empty name goes back to "default". */
  setAnalystName: {
    request: z.object({ name: z.string().trim().max(LIMITS.name) }).strict(),
    response: z.object({ annotationSet: z.string() }),
  },
  /** Remembers which sets the analyst hid in the open workspace. */
  setHiddenSets: {
    request: z.object({ sets: z.array(SetNameSchema).max(1000) }).strict(),
    response: z.object({}),
  },
  /** Every annotation set in the workspace and its size, for choosing what to export or naming a new set. */
  listAnnotationSets: {
    request: Empty,
    response: z.object({ sets: z.array(z.object({ name: z.string(), annotations: z.int().nonnegative() })), problems: z.array(z.string()) }),
  },
  /** Moves every annotation of a set into another (the analyst's first name adopting "default"); all or nothing. */
  renameAnnotationSet: {
    request: z.object({ from: SetNameSchema, to: SetNameSchema }).strict(),
    response: z.object({ annotations: z.int().nonnegative(), documents: z.int().nonnegative() }),
  },
  /** Removes every annotation of a set from the workspace; all or nothing. */
  removeAnnotationSet: {
    request: z.object({ set: SetNameSchema }).strict(),
    response: z.object({ annotations: z.int().nonnegative(), documents: z.int().nonnegative() }),
  },
  /** Asks where to write in a native dialog, then exports; `exported` is null when the analyst cancels. */
  exportAnnotations: {
    request: ExportSelectionSchema,
    response: z.object({ exported: ExportedSchema.nullable() }),
  },
  /**
   * Asks for files (folders for brat) in a native dialog and imports their
   * annotations as a new set; all or nothing. `imported` is null when cancelled.
   */
  importAnnotations: {
    request: z.object({ format: z.enum(IMPORT_FORMAT_NAMES), set: NewSetNameSchema }).strict(),
    response: z.object({ imported: ImportedSetSchema.nullable() }),
  },
  /** Agreement between two or more sets: span F1, κ and α per field, αᵤ per type, per pair and per document. */
  measureAgreement: {
    request: AgreementRequestSchema,
    response: AgreementReportSchema.extend({ problems: z.array(z.string()) }),
  },
  /** The items rejected in a document's adjudication into a gold set, by key (adjudication/<document>/<gold>.json). */
  listRejectedItems: {
    request: z.object(AdjudicationTarget).strict(),
    response: z.object({ keys: z.array(ItemKeySchema) }),
  },
  /** Remembers items the adjudicator rejected: they leave nothing in the gold set, and count as decided. */
  rejectItems: { request: ItemsRequest, response: z.object({}) },
  /** Forgets rejections: the items were taken, edited or undecided since; a key never rejected is no change. */
  reopenItems: { request: ItemsRequest, response: z.object({}) },
  /**
   * Every document's adjudication progress into a gold set, derived as the
   * Adjudicate view derives it: the sets present in the document but gold
   * and those left out; no items where fewer than two sets remain.
   */
  adjudicationProgress: {
    request: z.object({ gold: SetNameSchema, leftOut: z.array(SetNameSchema).max(100) }).strict(),
    response: z.object({
      documents: z.array(z.object({ documentId: DocumentIdSchema, sets: z.int().nonnegative(), items: z.int().nonnegative(), decided: z.int().nonnegative() })),
      problems: z.array(z.string()),
    }),
  },
  /** The workspace's entities, and what was wrong with entities.json when it was read. */
  listEntities: {
    request: Empty,
    response: EntitiesSchema.extend({ problem: ProblemSchema.nullable(), readOnly: z.string().nullable() }),
  },
  /**
   * Changes entities, all the edits or none, and answers with the whole new
   * list. A delete is refused while any saved annotation still links to the entity.
   */
  editEntities: {
    request: z.object({ edits: z.array(EntityEditSchema).min(1).max(1000) }).strict(),
    response: EntitiesSchema,
  },
  /**
   * Runs the suggestion engine on documents (all when none are named) and
   * saves what it finds as the `suggestions` set; rejected suggestions and
   * those already there are not made again (core/suggest, `gloss suggest`).
   */
  suggestAnnotations: {
    request: z.object({ documentIds: z.array(DocumentIdSchema).min(1).max(100_000).optional(), replace: z.boolean() }).strict(),
    response: z.object({
      documents: z.int().nonnegative(),
      suggested: z.int().nonnegative(),
      leftOut: z.int().nonnegative(),
      entitiesCreated: z.int().nonnegative(),
      problems: z.array(ProblemSchema),
    }),
  },
  /** Remembers suggestions the analyst rejected (by `suggestionKey`), so the engine does not make them again. */
  rejectSuggestions: { request: RejectionsRequest, response: z.object({}) },
  /** Forgets rejections the analyst undid, so the engine makes those suggestions again; a key never rejected is no change. */
  forgetRejectedSuggestions: { request: RejectionsRequest, response: z.object({}) },
  /** Every annotation that links to an entity, across the workspace, as saved. */
  listEntityMentions: {
    request: Empty,
    response: z.object({ mentions: z.array(EntityMentionSchema), problems: z.array(z.string()) }),
  },
  /**
   * Asks the workspace index: every annotation the query keeps, counted, the
   * first `limit` read out (articles by date, each in reading order).
   */
  queryAnnotations: {
    request: z.object({ query: QuerySchema, limit: z.int().positive().max(10_000_000).optional() }).strict(),
    response: z.object({ rows: z.array(QueryRowSchema), total: z.int().nonnegative(), problems: z.array(z.string()) }),
  },
  /** Whether the workspace can be synced: the system's git (null when there is none), the remote it is shared with, conflicts waiting. */
  syncStatus: {
    request: Empty,
    response: z.object({ git: z.string().nullable(), remote: z.string().nullable(), openConflicts: z.int().nonnegative() }),
  },
  /**
   * Share… (with `remote`, a folder path or URL, confirmed by the analyst in
   * a native dialog) or Sync: commits the analyst's changes, fetches, merges
   * per annotation and pushes (main/services/sync). The workspace is read
   * again from disk afterwards.
   */
  syncWorkspace: {
    request: z.object({ remote: z.string().trim().min(1).max(4000).optional() }).strict(),
    response: z.object({
      /** False when the analyst declined to share with the remote named. */
      done: z.boolean(),
      remote: z.string(),
      committed: z.string().nullable(),
      merged: z.enum(['nothing-new', 'fast-forward', 'merged']),
      received: z.int().nonnegative(),
      pushed: z.boolean(),
      conflicts: z.array(SyncConflictSchema),
      openConflicts: z.int().nonnegative(),
    }),
  },
  /** The conflicts of syncs waiting for review (sync-conflicts.json). */
  listSyncConflicts: { request: Empty, response: z.object({ conflicts: z.array(SyncConflictSchema) }) },
  /**
   * Settles one conflict: "mine" keeps what is in the workspace, "theirs"
   * puts the remote's version of the annotation in its place (or removes it
   * where the remote deleted it). The record goes either way.
   */
  resolveSyncConflict: {
    request: z.object({ id: z.string().min(1).max(LIMITS.name * 4), keep: z.enum(['mine', 'theirs']) }).strict(),
    response: z.object({ openConflicts: z.int().nonnegative() }),
  },
  /** The query view's last query in the open workspace, kept so it comes back when the workspace reopens. */
  savedQuery: { request: Empty, response: z.object({ query: QuerySchema }) },
  rememberQuery: { request: z.object({ query: QuerySchema }).strict(), response: z.object({}) },
} as const;

/** Messages the services send to the UI unasked, such as a menu's import. */
const events = {
  /** Another workspace was opened, or it was closed: the UI reloads the session. */
  workspaceChanged: z.object({}),
  /** One more file of an import is done (for a progress indicator). */
  importProgress: z.object({ done: z.int(), total: z.int(), file: z.string() }),
  /** Something the analyst should read, from an action the UI did not start (a menu). */
  notice: z.object({ message: z.string() }),
  /** A menu asked for one of the page's dialogs. */
  showDialog: z.object({ dialog: z.enum(['export', 'import-annotations', 'sync']) }),
  importFinished: z.object({
    outcomes: z.array(ImportOutcomeSchema),
    documents: z.array(DocumentSummarySchema),
  }),
} as const;

export type Contract = typeof contract;
export type EventName = keyof typeof events;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export type ChannelName = keyof Contract;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

type ApiRequest<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ApiResponse<C extends ChannelName> = z.output<Contract[C]['response']>;

export interface ApiError {
  code: 'invalid-request' | 'not-found' | 'read-only' | 'failed';
  message: string;
  /** Each thing wrong, where there were several (an annotation import lists every bad annotation). */
  problems?: string[];
}

/** What the renderer sees: every call resolves, failures included. */
export type GlossApi = {
  [C in ChannelName]: (request: ApiRequest<C>) => Promise<Result<ApiResponse<C>, ApiError>>;
} & {
  /** Listens for an event; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Prefix of the IPC channel names, so Gloss's channels are easy to spot. */
export const IPC_PREFIX = 'gloss:';
export const IPC_EVENT_PREFIX = 'gloss-event:';
