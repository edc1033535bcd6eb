import { memo, useMemo } from 'react';
import { trimSpan, type Span } from '../../core/anchoring/trim-span';
import { annotationWords } from '../../core/annotations/annotation-queries';
import { removedFieldValues, withFieldValue } from '../../core/fields/field-values';
import { articleReferenceDate } from '../../core/fields/natural-date';
import { omitKey } from '../../core/fields/omit-key';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { DocumentFile } from '../../core/model/document';
import type { LabelType } from '../../core/model/label-types';
import type { CodePointIndex } from '../../core/text/code-points';
import type { AnnotationAction } from '../annotations/annotation-state';
import { resizeFragment, withAddedFragment, withFragmentAt } from '../../core/annotations/fragment-edits';
import { typeTint } from '../schema/type-tint';
import { FieldRow } from './FieldRow';
import { FragmentList } from './FragmentList';
import { MentionRow } from './MentionRow';
import { NoteInput } from './NoteInput';
import { RemovedFields } from './RemovedFields';
import { SuggestionActions } from '../suggestions/SuggestionActions';
import { isSuggestion } from '../suggestions/suggestion-review';
import type { SuggestionReview } from '../suggestions/use-suggestion-review';
import './details.css';

export interface DetailsProps {
  annotation: StoredAnnotation | null;
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  document: DocumentFile;
  index: CodePointIndex;
  selection: Span | null;
  editable: boolean;
  act: (action: AnnotationAction) => void;
  onSelect: (id: string) => void;
  onNotice: (message: string) => void;
  /** Accepting and rejecting, offered when the annotation is a suggestion. */
  review: SuggestionReview;
}

/** The selected annotation's fields, note and fragments, each change one undoable step. */
// Memoised: the reader re-renders on every selection change; this need not.
export const DetailsPanel = memo(function DetailsPanel(props: DetailsProps) {
  const { annotation, document } = props;
  const reference = useMemo(() => articleReferenceDate(document.metadata), [document]);
  return (
    <section className="details" aria-label="Details">
      <h2 className="pane-heading">Details</h2>
      {annotation ? (
        <AnnotationDetails key={annotation.id} {...props} annotation={annotation} reference={reference} />
      ) : (
        <p className="empty">Select an annotation to edit its fields, note and fragments.</p>
      )}
    </section>
  );
});

/** An empty note is dropped from the annotation rather than stored as "". */
function withNote(annotation: StoredAnnotation, note: string): StoredAnnotation {
  return note.trim() === '' ? omitKey(annotation, 'note') : { ...annotation, note };
}

function AnnotationDetails(props: DetailsProps & { annotation: StoredAnnotation; reference: Date | null }) {
  const { annotation, annotations, types, index, selection, editable, act, onSelect, onNotice, review, reference } = props;
  const type = types.find((t) => t.id === annotation.type);
  const disabled = !editable;
  const save = (next: StoredAnnotation, created?: StoredAnnotation) =>
    act({ kind: 'update', annotation: { ...next, modified: new Date().toISOString() }, ...(created ? { created } : {}) });

  const addFragment = () => {
    const span = selection ? trimSpan(index, selection) : null;
    if (!span) return onNotice('Select the words to add as a fragment first.');
    const added = withAddedFragment(annotation, index, span);
    if ('error' in added) return onNotice(added.error);
    save(added.annotation);
    window.getSelection()?.removeAllRanges();
  };

  const onRemove = (id: string) => act({ kind: 'remove', id });
  const spanContext = { annotations, types, index, selection, onSelect, onRemove, onNotice };
  // The annotation's own words tell a weekday's tense: "said Thursday" looks back, "will meet Thursday" forward.
  const dating = { reference, language: props.document.metadata.language, context: annotationWords(annotation) };
  return (
    <div className="details-body" data-annotation-id={annotation.id}>
      <p className="details-type">
        <span className="swatch" style={typeTint(type)} aria-hidden />
        {type?.name ?? `${annotation.type} (not in the schema)`}
      </p>
      {isSuggestion(annotation) ? (
        <SuggestionActions suggestion={annotation} annotations={annotations} types={types} disabled={disabled} review={review} />
      ) : null}
      {type?.entityKind ? (
        <MentionRow
          annotation={annotation}
          newKind={type.entityKind}
          disabled={disabled}
          onChange={(entity) => save(entity === undefined ? omitKey(annotation, 'entity') : { ...annotation, entity })}
        />
      ) : null}
      {type?.fields.map((field) => (
        <FieldRow
          key={field.id}
          field={field}
          value={annotation.fields[field.id]}
          disabled={disabled}
          dating={dating}
          spanContext={spanContext}
          onChange={(value, created) => save({ ...annotation, fields: withFieldValue(annotation.fields, field.id, value) }, created)}
        />
      ))}
      <RemovedFields values={removedFieldValues(type, annotation.fields)} />
      <NoteInput
        note={annotation.note ?? ''}
        disabled={disabled}
        onCommit={(note) => save(withNote(annotation, note))}
      />
      <FragmentList
        fragments={annotation.fragments}
        disabled={disabled}
        hasSelection={selection !== null}
        onAdd={addFragment}
        onRemove={(position) => save(withFragmentAt(annotation, position, null))}
        onResize={(position, edge, resize) => {
          const fragment = annotation.fragments[position];
          const resized = fragment ? resizeFragment(index, fragment, edge, resize) : null;
          if (resized) save(withFragmentAt(annotation, position, resized));
          else onNotice(`The fragment cannot ${resize} at its ${edge} any further.`);
        }}
      />
    </div>
  );
}
