import type { z } from 'zod';
import { ADJUDICATION_FILE } from '../agreement/adjudication-file';
import { ANNOTATIONS_FILE, SET_ANNOTATIONS_FILE } from './annotation';
import { DOCUMENT_FILE } from './document';
import { ENTITIES_FILE } from './entity';
import { SCHEMA_FILE } from './label-types';
import { REJECTED_FILE } from './suggestions';
import { SYNC_CONFLICTS_FILE } from './sync-conflicts';
import type { FileFormat } from './versioned';
import { WORKSPACE_FILE } from './workspace';

/** Every kind of Gloss file, by the `format` it starts with: what a file met by name alone (in a sync) is read and checked as. */
export const GLOSS_FILE_FORMATS: Readonly<Record<string, FileFormat<z.ZodType>>> = Object.fromEntries(
  [ANNOTATIONS_FILE, SET_ANNOTATIONS_FILE, WORKSPACE_FILE, ENTITIES_FILE, SCHEMA_FILE, DOCUMENT_FILE, REJECTED_FILE, ADJUDICATION_FILE, SYNC_CONFLICTS_FILE].map((kind) => [kind.format, kind]),
);
