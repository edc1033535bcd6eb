function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * A GUID-shaped id derived from a string (FNV-1a, four seeds), so exporting
 * the same workspace twice gives the same file. Not an RFC 4122 UUID: REFI-QDA
 * only asks for the 8-4-4-4-12 hex shape.
 */
export function guidFrom(text: string): string {
  const hex = fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f) + fnv1a(text, 0x1b873593) + fnv1a(text, 0x3c6ef372);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * GUIDs for the many elements of one document: a 64-bit hash of the document
 * and kind, then a counter, so a hundred thousand selections cost one hash each
 * document rather than four per element, and never collide within it.
 */
export function guidSequence(scope: string): () => string {
  const head = fnv1a(scope, 0x811c9dc5) + fnv1a(scope, 0x050c5d1f);
  let count = 0;
  return () => {
    const tail = (count++).toString(16).padStart(16, '0');
    return `${head.slice(0, 8)}-${head.slice(8, 12)}-${head.slice(12, 16)}-${tail.slice(0, 4)}-${tail.slice(4, 16)}`;
  };
}

/** Whether an id has the 8-4-4-4-12 shape of a GUID, in lower case (as Gloss's own ids and its exports' GUIDs have). */
export function isGuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);
}
