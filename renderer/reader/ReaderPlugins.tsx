import { useCallback, useEffect, useRef, useState } from 'react';
import type { Span } from '../../core/anchoring/trim-span';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import { annotationsAt } from '../../core/annotations/annotation-queries';
import type { DomTextMap } from './dom-text-map';
import { FloatingMenu } from './floating-menu/FloatingMenu';
import { OverlapChooser, type OverlapChoice } from './overlaps/OverlapChooser';
import { HighlightPlugin } from './plugins/HighlightPlugin';
import { ReadingPositionPlugin } from './plugins/ReadingPositionPlugin';
import { CaretPlugin } from './caret/CaretPlugin';
import { SelectionPlugin, type ClickAt } from './plugins/SelectionPlugin';
import { useAnnotationNavigation } from './use-annotation-navigation';

/** The longest pause between the two clicks of a double-click that desktops use by default. */
const DOUBLE_CLICK_MS = 400;

/**
 * Everything the reading surface does on top of the text: paints the
 * annotations, follows the selection (snapped to words), offers the types
 * beside a hand-made selection, picks among stacked annotations on a click,
 * and steps through annotations with J/K. Rendered inside `<Reader>`.
 */
export function ReaderPlugins(props: {
  map: DomTextMap | null;
  documentId: string;
  /** The article's language (BCP 47), for word and sentence steps. */
  language: string | undefined;
  /** Where the analyst last stopped reading this document (a code-point offset), or null. */
  readingPosition: number | null;
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  /** Each set's highlight style: 0 for the analyst's own. */
  setStyles: ReadonlyMap<string, number>;
  selectedId: string | null;
  editable: boolean;
  selection: Span | null;
  onSelectionChange: (span: Span | null) => void;
  onTag: (typeId: string) => void;
  /** Selects an annotation (or none), without scrolling. */
  onSelect: (id: string | null) => void;
  /** Selects an annotation and scrolls it into view. */
  onShow: (id: string) => void;
}) {
  const { map, documentId, language, readingPosition, annotations, types, setStyles, selectedId, editable, selection, onSelectionChange, onTag, onSelect, onShow } = props;
  const [choice, setChoice] = useState<OverlapChoice | null>(null);
  // The floating menu shows for selections made by hand, not by a script.
  const [byHand, setByHand] = useState(false);
  useAnnotationNavigation(annotations, types, selectedId, onShow);

  // A click on plain text lets go of the selected annotation only once it is
  // clear no double-click follows: a double-click selects a word, as a drag
  // does, and must not drop the annotation being edited (nor its Pick span).
  const letGo = useRef<number | undefined>(undefined);
  const keepSelected = useCallback(() => window.clearTimeout(letGo.current), []);
  useEffect(() => keepSelected, [keepSelected]);
  // Another annotation chosen meanwhile (J, the list) is not let go of either.
  useEffect(() => keepSelected(), [selectedId, keepSelected]);
  const onClick = useCallback(
    ({ offset, x, y }: ClickAt) => {
      const here = annotationsAt(annotations, offset);
      keepSelected();
      if (here[0]) onSelect(here[0].id);
      else letGo.current = window.setTimeout(() => onSelect(null), DOUBLE_CLICK_MS);
      setChoice(here.length > 1 ? { annotations: here, x, y } : null);
    },
    [annotations, onSelect, keepSelected],
  );
  const onGesture = useCallback(() => {
    keepSelected();
    setChoice(null);
    setByHand(true);
  }, [keepSelected]);
  const onSpan = useCallback(
    (span: Span | null) => {
      if (!span) setByHand(false);
      else keepSelected();
      onSelectionChange(span);
    },
    [onSelectionChange, keepSelected],
  );
  const closeChoice = useCallback(() => setChoice(null), []);

  return (
    <>
      <HighlightPlugin map={map} annotations={annotations} types={types} setStyles={setStyles} selectedId={selectedId} />
      <ReadingPositionPlugin map={map} documentId={documentId} initial={readingPosition} />
      <CaretPlugin map={map} locale={language} />
      <SelectionPlugin map={map} onSelectionChange={onSpan} onClick={onClick} onGesture={onGesture} />
      {editable && byHand && selection ? <FloatingMenu span={selection} types={types} onTag={onTag} /> : null}
      {choice ? (
        <OverlapChooser choice={choice} types={types} selectedId={selectedId} onPick={onSelect} onClose={closeChoice} />
      ) : null}
    </>
  );
}
