import { z } from 'zod';
import { DocumentIdSchema } from '../../../core/model/ids';
import { LIMITS } from '../../../core/model/limits';
import { parseUnknown } from '../../../core/validation/parse-unknown';
import { QuerySchema, type Query } from '../../../core/query/query';
import { DEFAULT_SET } from '../../../core/model/annotation';

const MAX_RECENT = 10;
/** Reading positions kept per workspace; the oldest go first. */
const MAX_POSITIONS = 500;
/** The set of an analyst who gave no name. */

const WindowBoundsSchema = z.object({
  x: z.int(),
  y: z.int(),
  width: z.int().min(200),
  height: z.int().min(200),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

const PreferencesSchema = z.object({
  version: z.literal(1).default(1),
  /** Most recent first. */
  recentWorkspaces: z.array(z.string()).default([]),
  /** Workspace folder → the document that was open when it was left. */
  lastDocuments: z.record(z.string(), DocumentIdSchema).default({}),
  windowBounds: WindowBoundsSchema.optional(),
  /** Workspace folder → document → the code-point offset at the top of the reader when it was last read. */
  readingPositions: z.record(z.string(), z.record(DocumentIdSchema, z.int().nonnegative())).default({}),
  /** Workspace folder → the annotation sets the analyst chose not to see there. */
  hiddenSets: z.record(z.string(), z.array(z.string().min(1).max(LIMITS.name)).max(1000)).default({}),
  /** Workspace folder → the query view's last query there. */
  queries: z.record(z.string(), QuerySchema).default({}),
  /** Names the set the analyst's new annotations go into. */
  analystName: z.string().min(1).max(LIMITS.name).optional(),
});
export type PreferencesData = z.infer<typeof PreferencesSchema>;

/**
 * The part of `conf` that Gloss needs. electron-store extends conf, so the app
 * passes an electron-store and the CLI and harness pass a plain conf: one
 * preferences format everywhere, and the services never import Electron.
 */
export interface PreferencesBacking {
  store: Record<string, unknown>;
}

export class Preferences {
  constructor(private readonly backing: PreferencesBacking) {}

  /** Damaged or outdated preferences fall back to defaults rather than stopping the app. */
  read(): PreferencesData {
    const parsed = parseUnknown(PreferencesSchema, this.backing.store);
    return parsed.ok ? parsed.value : PreferencesSchema.parse({});
  }

  private write(change: (data: PreferencesData) => PreferencesData): void {
    this.backing.store = change(this.read());
  }

  lastWorkspace(): string | undefined {
    return this.read().recentWorkspaces[0];
  }

  rememberWorkspace(dir: string): void {
    this.write((data) => ({
      ...data,
      recentWorkspaces: [dir, ...data.recentWorkspaces.filter((d) => d !== dir)].slice(0, MAX_RECENT),
    }));
  }

  forgetRecentWorkspaces(): void {
    this.write((data) => ({ ...data, recentWorkspaces: [] }));
  }

  lastDocument(dir: string): string | undefined {
    return this.read().lastDocuments[dir];
  }

  rememberDocument(dir: string, documentId: string): void {
    this.write((data) => ({ ...data, lastDocuments: { ...data.lastDocuments, [dir]: documentId } }));
  }

  hiddenSets(dir: string): string[] {
    return this.read().hiddenSets[dir] ?? [];
  }

  rememberHiddenSets(dir: string, sets: readonly string[]): void {
    this.write((data) => ({ ...data, hiddenSets: { ...data.hiddenSets, [dir]: [...sets] } }));
  }

  readingPosition(dir: string, documentId: string): number | null {
    return this.read().readingPositions[dir]?.[documentId] ?? null;
  }

  /** The latest position moves to the end, so the oldest are the ones dropped. */
  rememberReadingPosition(dir: string, documentId: string, offset: number): void {
    this.write((data) => {
      const others = Object.entries(data.readingPositions[dir] ?? {}).filter(([id]) => id !== documentId);
      const kept = others.slice(-(MAX_POSITIONS - 1));
      return { ...data, readingPositions: { ...data.readingPositions, [dir]: { ...Object.fromEntries(kept), [documentId]: offset } } };
    });
  }

  windowBounds(): WindowBounds | undefined {
    return this.read().windowBounds;
  }

  rememberWindowBounds(bounds: WindowBounds): void {
    this.write((data) => ({ ...data, windowBounds: bounds }));
  }

  query(dir: string): Query {
    return this.read().queries[dir] ?? {};
  }

  rememberQuery(dir: string, query: Query): void {
    this.write((data) => ({ ...data, queries: { ...data.queries, [dir]: query } }));
  }

  analystName(): string | null {
    return this.read().analystName ?? null;
  }

  /** The set new annotations go into: the analyst's name, else "default". */
  annotationSet(): string {
    return this.analystName() ?? DEFAULT_SET;
  }

  /** An empty name forgets the name. */
  rememberAnalystName(name: string): void {
    this.write(({ analystName: _old, ...data }) => (name === '' ? data : { ...data, analystName: name }));
  }
}
