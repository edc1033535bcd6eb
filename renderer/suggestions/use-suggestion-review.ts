import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Span } from '../../core/anchoring/trim-span';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import { suggestionKey } from '../../core/suggest/to-annotations';
import type { AnnotationAction } from '../annotations/annotation-state';
import type { OpenDocument } from '../annotations/use-open-document';
import { glossApi } from '../api/gloss';
import { SHORTCUTS } from '../keys/shortcuts';
import { announce } from '../notices/Announcer';
import { acceptedSuggestion, isSuggestion, nextSuggestion, suggestionsOfType } from './suggestion-review';

/** What the analyst does with the open document's suggestions; each is one undoable step. */
export interface SuggestionReview {
  accept: (id: string) => void;
  reject: (id: string) => void;
  /** Accepts every suggestion of a type in the document at once. */
  acceptAll: (type: string) => void;
}

/**
 * Accepting moves a suggestion into the analyst's own set (shown if it was
 * hidden); rejecting removes it and tells the services, so Suggest does not
 * make it again. A suggestion whose spans the analyst changed before
 * accepting is told as rejected too, in its first form: it was dealt with.
 * Undoing a rejection tells the services to forget it, so Suggest makes it again.
 * After either, the next suggestion is selected and brought into view.
 */
export function useSuggestionReview(props: {
  open: OpenDocument | null;
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  own: string;
  editable: boolean;
  act: (action: AnnotationAction) => void;
  showSet: (set: string) => void;
  show: (id: string) => void;
  onNotice: (message: string) => void;
}) {
  const { open, annotations, types, own, editable, act, showSet, show, onNotice } = props;
  const documentId = open?.loaded.document.id ?? null;
  // Each suggestion's key as it first came (loaded, or added by a Suggest run): what its rejection is
  // remembered by, even after the analyst edited its spans. Noted after each render, before any edit can follow.
  const firstKeys = useRef(new Map<string, string>());
  useEffect(() => {
    for (const annotation of annotations) {
      if (isSuggestion(annotation) && !firstKeys.current.has(annotation.id)) firstKeys.current.set(annotation.id, suggestionKey(annotation));
    }
  }, [annotations]);

  // The services are told one thing after another, so forgetting a rejection on undo never overtakes the rejection itself.
  const told = useRef<Promise<unknown>>(Promise.resolve());
  const tell = useCallback(
    (rejected: boolean, keys: readonly string[]) => {
      if (!documentId || keys.length === 0) return;
      const request = { documentId, keys: [...keys] };
      told.current = told.current.then(async () => {
        const result = rejected ? await glossApi().rejectSuggestions(request) : await glossApi().forgetRejectedSuggestions(request);
        if (result.ok) return;
        onNotice(rejected ? `The rejection was not remembered (${result.error.message}): Suggest may make it again.` : `The undone rejection was not forgotten (${result.error.message}): Suggest will not make it again.`);
      });
    },
    [documentId, onNotice],
  );
  const remember = useCallback((keys: readonly string[]) => tell(true, keys), [tell]);
  // Rejections made here, by suggestion, with the annotations as the rejection left them: undo brings the
  // suggestion back, and its rejection is then forgotten; redo brings back those very annotations, and it is remembered again.
  const rejections = useRef(new Map<string, { documentId: string; keys: string[]; remembered: boolean; after: readonly StoredAnnotation[] | null }>());
  useEffect(() => {
    for (const [id, rejection] of rejections.current) {
      if (rejection.documentId !== documentId) continue;
      const now = annotations.find((annotation) => annotation.id === id);
      if (!rejection.remembered) {
        if (annotations !== rejection.after) continue;
        rejection.remembered = true;
        tell(true, rejection.keys);
      } else if (isSuggestion(now)) {
        rejection.remembered = false;
        tell(false, rejection.keys);
      } else if (!now) rejection.after ??= annotations;
    }
  }, [annotations, documentId, tell]);
  const editedKeys = useCallback(
    (accepted: readonly StoredAnnotation[]) =>
      accepted.flatMap((annotation) => {
        const first = firstKeys.current.get(annotation.id);
        return first && first !== suggestionKey(annotation) ? [first] : [];
      }),
    [],
  );
  const moveOn = useCallback(
    (from: string) => {
      const next = nextSuggestion(annotations, from);
      if (next) show(next.id);
    },
    [annotations, show],
  );

  const accept = useCallback(
    (id: string) => {
      const suggestion = annotations.find((annotation) => annotation.id === id);
      if (!editable || !isSuggestion(suggestion)) return;
      moveOn(id);
      act({ kind: 'update', annotation: acceptedSuggestion(suggestion, own, new Date().toISOString()) });
      showSet(own);
      remember(editedKeys([suggestion]));
      announce('Suggestion accepted');
    },
    [annotations, editable, own, act, showSet, remember, editedKeys, moveOn],
  );

  const reject = useCallback(
    (id: string) => {
      const suggestion = annotations.find((annotation) => annotation.id === id);
      if (!editable || !isSuggestion(suggestion)) return;
      moveOn(id);
      act({ kind: 'remove', id });
      const keys = [...new Set([suggestionKey(suggestion), ...editedKeys([suggestion])])];
      if (documentId) rejections.current.set(id, { documentId, keys, remembered: true, after: null });
      remember(keys);
      announce('Suggestion rejected');
    },
    [annotations, editable, act, remember, editedKeys, moveOn, documentId],
  );

  const acceptAll = useCallback(
    (type: string) => {
      const waiting = suggestionsOfType(annotations, type);
      if (!editable || waiting.length === 0) return;
      const now = new Date().toISOString();
      act({ kind: 'update-many', annotations: waiting.map((suggestion) => acceptedSuggestion(suggestion, own, now)) });
      showSet(own);
      remember(editedKeys(waiting));
      const name = types.find((t) => t.id === type)?.name ?? type;
      announce(waiting.length === 1 ? `1 ${name} suggestion accepted` : `${waiting.length} ${name} suggestions accepted`);
    },
    [annotations, editable, own, types, act, showSet, remember, editedKeys],
  );

  return useMemo<SuggestionReview>(() => ({ accept, reject, acceptAll }), [accept, reject, acceptAll]);
}

/**
 * A and R act on the selected suggestion while no words are selected; with
 * words selected they stay the keys of the types that use them.
 */
export function useSuggestionKeys(review: SuggestionReview, selected: StoredAnnotation | null, selection: Span | null) {
  return useCallback(
    (event: KeyboardEvent) => {
      if (!isSuggestion(selected) || selection) return false;
      if (SHORTCUTS.acceptSuggestion.matches(event)) review.accept(selected.id);
      else if (SHORTCUTS.rejectSuggestion.matches(event)) review.reject(selected.id);
      else return false;
      return true;
    },
    [review, selected, selection],
  );
}
