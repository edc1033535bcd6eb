import type { Fragment, StoredAnnotation } from '../model/annotation';
import type { DocumentMetadata } from '../model/document';

/**
 * Objects rebuilt with their keys in one fixed order, so that writing what
 * was read gives the same bytes whatever order the input file used.
 */
export function canonicalAnnotation(annotation: StoredAnnotation): StoredAnnotation {
  return {
    id: annotation.id,
    type: annotation.type,
    set: annotation.set,
    fragments: annotation.fragments.map(canonicalFragment),
    fields: { ...annotation.fields },
    ...(annotation.note !== undefined ? { note: annotation.note } : {}),
    ...(annotation.entity !== undefined ? { entity: annotation.entity } : {}),
    created: annotation.created,
    modified: annotation.modified,
  };
}

function canonicalFragment({ start, end, exact, prefix, suffix }: Fragment): Fragment {
  return { start, end, exact, prefix, suffix };
}

export function canonicalMetadata(metadata: DocumentMetadata): DocumentMetadata {
  const { title, byline, published, source, url, language } = metadata;
  return {
    title,
    ...(byline !== undefined ? { byline } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(language !== undefined ? { language } : {}),
  };
}
