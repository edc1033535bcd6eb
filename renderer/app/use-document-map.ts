import { useState } from 'react';
import type { OpenDocument } from '../annotations/use-open-document';
import type { DomTextMap } from '../reader/dom-text-map';

/**
 * The reader's map from code points to the rendered text, or null while the
 * open document is not rendered yet: the map of the previous document lingers
 * until the new one is, and must not be used for it.
 */
export function useDocumentMap(open: OpenDocument | null) {
  const [rendered, setMap] = useState<DomTextMap | null>(null);
  const map = rendered && rendered.text === open?.text ? rendered : null;
  return { map, setMap };
}
