import { useCallback } from 'react';
import { trimSpan } from '../../core/anchoring/trim-span';
import type { DomTextMap } from '../reader/dom-text-map';
import { createAnnotation } from '../annotations/create-annotation';
import type { AnnotationAction } from '../annotations/annotation-state';
import type { OpenDocument } from '../annotations/use-open-document';
import type { LabelType } from '../../core/model/label-types';
import { announce } from '../notices/Announcer';

/**
 * Tagging the selection as a type (toolbar, key, menu): the new annotation
 * goes into the analyst's own set, which is shown if it was hidden, and the
 * selection is cleared. Says why when there is nothing to tag.
 */
export function useTagging(props: {
  open: OpenDocument | null;
  types: readonly LabelType[];
  editable: boolean;
  /** The open document's article, whose selection is read at the moment of tagging. */
  map: DomTextMap | null;
  own: string;
  act: (action: AnnotationAction) => void;
  showSet: (set: string) => void;
  onNotice: (message: string) => void;
}) {
  const { open, types, editable, map, own, act, showSet, onNotice } = props;
  return useCallback(
    (typeId: string) => {
      if (!open || !editable) return;
      const selection = map?.selectedSpan() ?? null;
      const span = selection ? trimSpan(open.text.index, selection) : null;
      if (!span) {
        onNotice(selection ? 'The selection is only white space: select words to tag.' : 'Select some text in the article first.');
        return;
      }
      act({ kind: 'add', annotation: createAnnotation(open.text.index, span, typeId, own) });
      showSet(own);
      announce(`${types.find((type) => type.id === typeId)?.name ?? typeId} added`);
      // The caret stays after the words just tagged, so the keyboard carries on from there.
      document.getSelection()?.collapseToEnd();
    },
    [open, types, editable, map, own, act, showSet, onNotice],
  );
}
