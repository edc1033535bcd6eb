import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import type { AnnotationAction } from '../annotations/annotation-state';
import { createAnnotation } from '../annotations/create-annotation';
import type { DocumentText } from '../reader/document-text';
import type { DomTextMap } from '../reader/dom-text-map';
import { MAX_MATCHES, findMatches, lowerKeepingLength, untaggedMatches } from '../../core/annotations/find-matches';
import { useFindHighlights } from './use-find-highlights';
import { useAnnotationSet } from '../sets/annotation-set-context';
import { SHORTCUTS } from '../keys/shortcuts';

/**
 * Find in the article (Ctrl/Cmd+F): counts and paints the matches, steps
 * through them (Enter, Shift+Enter) and tags them all as one type in one
 * undoable step.
 */
// Memoised: the reader re-renders on every selection change; this need not.
export const FindBar = memo(function FindBar(props: {
  text: DocumentText;
  map: DomTextMap | null;
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  editable: boolean;
  act: (action: AnnotationAction) => void;
  onNotice: (message: string) => void;
}) {
  const { text, map, annotations, types, editable, act, onNotice } = props;
  const set = useAnnotationSet();
  const [shown, setShown] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [typeId, setTypeId] = useState(types[0]?.id ?? '');
  const input = useRef<HTMLInputElement>(null);
  const lowered = useMemo(() => lowerKeepingLength(text.index.text), [text]);
  const matches = useMemo(() => (shown ? findMatches(text.index, query, lowered) : []), [shown, text, query, lowered]);
  useFindHighlights(map, matches, current);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (SHORTCUTS.find.matches(event)) {
        event.preventDefault();
        setShown(true);
        requestAnimationFrame(() => input.current?.select());
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!shown) return null;
  const step = (by: 1 | -1) => matches.length > 0 && setCurrent((at) => (at + by + matches.length) % matches.length);
  const close = () => {
    setShown(false);
    setQuery('');
  };
  const tagAll = () => {
    const spans = untaggedMatches(matches, annotations, typeId);
    act({ kind: 'add-many', annotations: spans.map((span) => createAnnotation(text.index, span, typeId, set)) });
    const name = types.find((t) => t.id === typeId)?.name ?? typeId;
    onNotice(`Tagged ${spans.length} match${spans.length === 1 ? '' : 'es'} as ${name}${spans.length < matches.length ? ` (${matches.length - spans.length} already were)` : ''}.`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') step(event.shiftKey ? -1 : 1);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  };

  const count =
    query.trim() === '' ? '' : matches.length === 0 ? 'No matches' : `${current + 1} of ${matches.length}${matches.length >= MAX_MATCHES ? '+' : ''}`;
  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        ref={input}
        type="search"
        aria-label="Find in article"
        placeholder="Find in article"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(0);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" aria-live="polite">
        {count}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={matches.length === 0} aria-label="Previous match">
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length === 0} aria-label="Next match">
        ↓
      </button>
      <select aria-label="Type for tagging matches" value={typeId} onChange={(event) => setTypeId(event.target.value)}>
        {types.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={tagAll} disabled={!editable || matches.length === 0}>
        Tag all matches
      </button>
      <button type="button" onClick={close} aria-label="Close find">
        ×
      </button>
    </div>
  );
});
