/** Turns a label from another tool ("Source", "Direct speech") into a Gloss type or field id. */
export function slugId(label: string): string {
  const slug = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return slug.length > 0 ? slug : 'x';
}

/** An annotation id from another tool's id ("T12", a URN's tail), when it is a safe one. */
export function safeAnnotationId(candidate: string): string | null {
  const id = candidate.toLowerCase();
  return /^[a-z0-9][a-z0-9-]{0,63}$/.test(id) ? id : null;
}
