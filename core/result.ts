/**
 * The shape every fallible boundary returns instead of throwing: IPC and HTTP
 * calls, file loads, importers and exchange-format parsers.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
