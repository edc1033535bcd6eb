import { join } from 'node:path';
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

  document(id: DocumentId): string {
    return join(this.documentsDir, `${id}.json`);
  }

  annotations(id: DocumentId): string {
    return join(this.annotationsDir, `${id}.json`);
  }

  /** A path as shown to the analyst: relative to the workspace folder. */
  display(path: string): string {
    return path.startsWith(this.root) ? path.slice(this.root.length + 1) : path;
  }
}
