import { useState } from 'react';
import { trimSpan, type Span } from '../../core/anchoring/trim-span';
import { entityByName } from '../../core/entities/alias-key';
import { isEntityRef } from '../../core/entities/entity-links';
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
import { useEntities } from '../entities/entities-context';
import { EntityCombobox } from '../entities/EntityCombobox';
import { LinkedEntity } from '../entities/LinkedEntity';
import { FreeTextValue } from './FreeTextValue';
import { OrphanPrompt, orphanAfterUnlink } from './OrphanPrompt';

/** What a span field needs to know about the document to pick and show linked spans. */
export interface SpanContext {
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  index: CodePointIndex;
  selection: Span | null;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
  onNotice: (message: string) => void;
}

/**
 * A reference to another annotation (a speaker, an actor), an entity when
 * the field links entities (typing offers them; a new name creates one), or
 * free text where the field does not. "Pick span" links to words selected in
 * the article, tagging them first when they are not tagged yet.
 */
export function SpanInput(props: FieldProps<'span'> & { context: SpanContext }) {
  const { field, value, inputId, labelId, disabled, onChange, context } = props;
  const [picking, setPicking] = useState(false);
  /** An annotation the last unlink left with nothing linking to it, to offer its removal. */
  const [orphan, setOrphan] = useState<StoredAnnotation | null>(null);
  const set = useAnnotationSet();
  const { entities } = useEntities();
  const allowed = pickableTypes(field, context.types);

  const link = (typeId: string) => {
    const span = context.selection ? trimSpan(context.index, context.selection) : null;
    if (!span) {
      context.onNotice(`Select the words for ${field.name} in the article first.`);
      return;
    }
    const target = linkTargetFor(context.annotations, span, allowed, typeId, (picked, type) => {
      const created = createAnnotation(context.index, picked, type, set);
      // Words that are already a name of an entity name it: "Pashinian" tagged as Actor is that person.
      const names = context.types.find((t) => t.id === type)?.entityKind ? entityByName(entities, created.fragments[0]?.exact ?? '') : undefined;
      return names ? { ...created, entity: names.id } : created;
    });
    onChange({ ref: target.ref }, target.created);
    setPicking(false);
    setOrphan(null);
    document.getSelection()?.removeAllRanges();
  };

  const orphanPrompt = orphan ? (
    <OrphanPrompt
      orphan={orphan}
      types={context.types}
      onRemove={() => {
        context.onRemove(orphan.id);
        setOrphan(null);
      }}
      onKeep={() => setOrphan(null)}
    />
  ) : null;

  if (isSpanRef(value)) {
    const target = context.annotations.find((a) => a.id === value.ref) ?? null;
    return (
      <LinkedAnnotation
        labelId={labelId}
        fieldName={field.name}
        target={target}
        types={context.types}
        disabled={disabled}
        onSelect={context.onSelect}
        onUnlink={() => {
          setOrphan(target ? orphanAfterUnlink(target, context.annotations) : null);
          onChange(undefined);
        }}
      />
    );
  }
  if (isEntityRef(value)) {
    return <LinkedEntity labelId={labelId} what={field.name} entityId={value.entity} disabled={disabled} onUnlink={() => onChange(undefined)} />;
  }
  const free = typeof value === 'string' ? value : null;
  return (
    <>
      {orphanPrompt}
      <div className="span-input">
        {field.entityKind ? (
          <EntityCombobox
            inputId={inputId}
            newKind={field.entityKind}
            disabled={disabled}
            placeholder="Type a name…"
            onChoose={(entityId) => onChange({ entity: entityId })}
          />
        ) : (
          <CommitOnBlurInput
            id={inputId}
            type="text"
            committed={free ?? ''}
            disabled={disabled}
            onCommit={(text) => onChange(text.trim() === '' ? undefined : text)}
          />
        )}
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
      {field.entityKind && free !== null ? (
        <FreeTextValue
          text={free}
          newKind={field.entityKind}
          disabled={disabled}
          onLink={(entityId) => onChange({ entity: entityId })}
          onClear={() => onChange(undefined)}
        />
      ) : null}
      {picking ? (
        <SpanPicker fieldName={field.name} allowed={allowed} hasSelection={context.selection !== null} onLink={link} onCancel={() => setPicking(false)} />
      ) : null}
    </>
  );
}
