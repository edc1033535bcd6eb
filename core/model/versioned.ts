import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { parseUnknown } from '../validation/parse-unknown';

type JsonObject = Record<string, unknown>;

/**
 * A kind of Gloss file: its `format` name, the version this build writes, its
 * schema, and how to bring each older version up by one.
 */
export interface FileFormat<S extends z.ZodType> {
  format: string;
  current: number;
  schema: S;
  /**
   * A faster validation that gives exactly what `schema` gives (value or
   * message), for files that hold many items; `schema` when absent.
   */
  parse?: (data: unknown) => Result<z.output<S>, string>;
  /** `migrations[v]` turns a version-v object into a version-(v+1) object. */
  migrations: Readonly<Record<number, (old: JsonObject) => JsonObject>>;
}

export interface Versioned<T> {
  value: T;
  /** The version the file had on disk when it was older than `current`. */
  migratedFrom: number | null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a parsed file's format and version, migrates an older version step by
 * step, refuses a newer one, then validates against the current schema.
 */
export function readVersioned<S extends z.ZodType>(kind: FileFormat<S>, data: unknown): Result<Versioned<z.output<S>>, string> {
  if (!isObject(data)) return err('is not a JSON object');
  if (data['format'] !== kind.format) {
    return err(`is not a ${kind.format} file (its "format" is ${JSON.stringify(data['format'] ?? null)})`);
  }
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err(`has no valid "version" (found ${JSON.stringify(version ?? null)})`);
  }
  if (version > kind.current) {
    return err(
      `was written by a newer Gloss (format version ${version}; this Gloss reads up to ${kind.current}). Update Gloss to open it`,
    );
  }
  let migrated: JsonObject = data;
  for (let from = version; from < kind.current; from++) {
    const step = kind.migrations[from];
    if (!step) return err(`cannot be migrated from format version ${from}`);
    migrated = { ...step(migrated), format: kind.format, version: from + 1 };
  }
  const parsed = kind.parse ? kind.parse(migrated) : parseUnknown(kind.schema, migrated);
  if (!parsed.ok) return err(`does not match its schema: ${parsed.error}`);
  return ok({ value: parsed.value, migratedFrom: version < kind.current ? version : null });
}
