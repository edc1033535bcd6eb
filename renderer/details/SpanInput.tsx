import { useState } from 'react';
import { trimSpan, type Span } from '../../core/anchoring/trim-span';
import { isSpanRef } from '../../core/fields/field-values';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import type { CodePointIndex } from '../../core/text/code-points';
import { CommitOnBlurInput } from './CommitOnBlurInput';
import type { FieldProps } from './field-props';
import { LinkedAnnotation } from './LinkedAnnotation';
import { SpanPicker } from './SpanPicker';
import { linkTargetFor, pickableTypes } from '../../core/annotations/link-span';
import { createAnnotation } from '../annotations/create-annotation';
import { useAnnotationSet } from '../sets/annotation-set-context';

/** What a span field needs to know about the document to pick and show linked spans. */
export interface SpanContext {
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  index: CodePointIndex;
  selection: Span | null;
  onSelect: (id: string) => void;
  onNotice: (message: string) => void;
}

/**
 * A reference to another annotation (a speaker, an actor), or free text when
 * the analyst would rather type a name. "Pick span" links to words selected
 * in the article, tagging them first when they are not tagged yet.
 */
export function SpanInput(props: FieldProps<'span'> & { context: SpanContext }) {
  const { field, value, inputId, labelId, disabled, onChange, context } = props;
  const [picking, setPicking] = useState(false);
  const set = useAnnotationSet();
  const allowed = pickableTypes(field, context.types);

  const link = (typeId: string) => {
    const span = context.selection ? trimSpan(context.index, context.selection) : null;
    if (!span) {
      context.onNotice(`Select the words for ${field.name} in the article first.`);
      return;
    }
    const target = linkTargetFor(context.annotations, span, allowed, typeId, (picked, type) =>
      createAnnotation(context.index, picked, type, set),
    );
    onChange({ ref: target.ref }, target.created);
    setPicking(false);
    document.getSelection()?.removeAllRanges();
  };

  if (isSpanRef(value)) {
    return (
      <LinkedAnnotation
        labelId={labelId}
        fieldName={field.name}
        target={context.annotations.find((a) => a.id === value.ref) ?? null}
        types={context.types}
        disabled={disabled}
        onSelect={context.onSelect}
        onUnlink={() => onChange(undefined)}
      />
    );
  }
  return (
    <>
      <div className="span-input">
        <CommitOnBlurInput
          id={inputId}
          type="text"
          committed={typeof value === 'string' ? value : ''}
          disabled={disabled}
          onCommit={(text) => onChange(text.trim() === '' ? undefined : text)}
        />
        <button
          type="button"
          aria-label={`Pick span for ${field.name}`}
          aria-pressed={picking}
          disabled={disabled}
          onClick={() => setPicking((on) => !on)}
        >
          Pick span
        </button>
      </div>
      {picking ? (
        <SpanPicker fieldName={field.name} allowed={allowed} hasSelection={context.selection !== null} onLink={link} onCancel={() => setPicking(false)} />
      ) : null}
    </>
  );
}
