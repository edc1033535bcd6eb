import { useMemo } from 'react';
import type { LabelType } from '../../core/model/label-types';
import type { AnnotationAction } from '../annotations/annotation-state';
import { useShortcuts } from './use-shortcuts';

/**
 * The reader's keys: a type's shortcut tags the selection; A and R accept or
 * reject a selected suggestion; undo, redo, Delete and Escape act on the annotations.
 */
export function useAnnotationKeys(props: {
  types: readonly LabelType[];
  tag: (typeId: string) => void;
  onSuggestionKey: (event: KeyboardEvent) => boolean;
  act: (action: AnnotationAction) => void;
  selectedId: string | null;
  editable: boolean;
}) {
  const { types, tag, onSuggestionKey, act, selectedId, editable } = props;
  const handlers = useMemo(
    () => ({
      onTypeKey: (key: string) => {
        const type = types.find((t) => t.shortcut === key);
        if (type) tag(type.id);
        return Boolean(type);
      },
      onSuggestionKey,
      onUndo: () => act({ kind: 'undo' }),
      onRedo: () => act({ kind: 'redo' }),
      onDelete: () => {
        if (selectedId && editable) act({ kind: 'remove', id: selectedId });
      },
      onEscape: () => act({ kind: 'select', id: null }),
    }),
    [types, tag, onSuggestionKey, act, selectedId, editable],
  );
  useShortcuts(handlers);
}
