import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { adjudicatedSets, alignForAdjudication, goldCopy, isDecided, type AdjudicationItem } from '../../core/agreement/adjudication';
import type { DocumentSummary } from '../../core/api/contract';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import type { AnnotationAction } from '../annotations/annotation-state';
import { ModalDialog, ProblemList } from '../dialogs/ModalDialog';
import { ChoiceList, type Checklist } from '../exchange/ChoiceList';
import { AdjudicationDocuments } from './AdjudicationDocuments';
import { AdjudicationItemRow } from './AdjudicationItemRow';
import { useAdjudicationProgress } from './use-adjudication-progress';
import { useItemRejections } from './use-item-rejections';
import '../exchange/exchange.css';
import './team.css';

/** About one item with a field or two: rows are measured as they are drawn, this only places them until then. */
const ITEM_HEIGHT = 120;
const ITEM_GAP = 6;

const KEYS_HELP = '↑↓ or J/K move · 1–9 take that set’s version · E edit · R reject · U undecide · N next undecided';

/**
 * The sets to adjudicate as checkboxes over what the adjudicator left out
 * (by name): a set first met in the next document is in until unchecked.
 */
function leftOutChecklist(candidates: readonly string[], leftOut: readonly string[], setLeftOut: (sets: string[]) => void): Checklist {
  const out = new Set(leftOut);
  const elsewhere = leftOut.filter((set) => !candidates.includes(set));
  return {
    checked: new Set(candidates.filter((set) => !out.has(set))),
    toggle: (set) => setLeftOut(out.has(set) ? leftOut.filter((other) => other !== set) : [...leftOut, set]),
    setAll: (sets) => setLeftOut([...elsewhere, ...candidates.filter((set) => !sets.includes(set))]),
  };
}

/**
 * Adjudication of the open document: two or more sets side by side, aligned
 * by span, each difference marked; per item the adjudicator takes a version,
 * edits one in the gold set, or rejects the item. Everything taken goes into
 * the gold set through the document's own changes (saved, undoable); a
 * rejection is kept by the store beside it (useItemRejections); the source
 * sets are never changed. The documents beside show how far each one is.
 */
export function AdjudicationDialog(props: {
  documentId: string;
  title: string;
  annotations: readonly StoredAnnotation[];
  documents: readonly DocumentSummary[];
  types: readonly LabelType[];
  editable: boolean;
  act: (action: AnnotationAction) => void;
  /** The gold set's name as typed, and the sets left out, by name: kept by the caller, so closing the view to edit, or moving to another document, loses neither. */
  gold: string;
  setGold: (gold: string) => void;
  leftOut: readonly string[];
  setLeftOut: (sets: string[]) => void;
  /** Saves what is pending, so the documents' progress is worked out from every decision. */
  flush: () => Promise<void>;
  /** Opens another document to adjudicate. */
  onOpenDocument: (id: string) => void;
  /** Closes the view and selects the gold annotation in the reader, for the Details panel. */
  onEdit: (id: string) => void;
  onClose: () => void;
}) {
  const { documentId, title, annotations, documents, types, act, gold, setGold, leftOut, setLeftOut, flush, onOpenDocument, onEdit, onClose } = props;
  const goldName = gold.trim() || 'gold';
  const { rejected, loaded, change, problem } = useItemRejections(documentId, goldName);
  // Nothing is decided before the rejections are read: a decision then could be lost under the read.
  const editable = props.editable && loaded;
  const present = useMemo(() => [...new Set(annotations.map((annotation) => annotation.set))].sort(), [annotations]);
  const candidates = present.filter((set) => set !== goldName);
  const chosen = leftOutChecklist(candidates, leftOut, setLeftOut);
  // The same sets give the same array, so rows (memoised) and the alignment are not redone on every render.
  const sourcesKey = JSON.stringify(adjudicatedSets(annotations, goldName, new Set(leftOut)));
  const sources = useMemo(() => JSON.parse(sourcesKey) as string[], [sourcesKey]);
  const items = useMemo(() => alignForAdjudication(annotations, sources, goldName), [annotations, sources, goldName]);
  const stop = sources.length < 2 ? 'Choose two sets or more to adjudicate.' : null;
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const currentIndex = Math.max(0, items.findIndex((item) => item.key === currentKey));
  const current = items[currentIndex];
  const decided = stop ? 0 : items.filter((item) => isDecided(item, rejected)).length;
  const shown = stop ? 0 : items.length;
  const { progress, problems } = useAdjudicationProgress(goldName, leftOut, documentId, flush);
  const typesById = useMemo(() => new Map(types.map((type) => [type.id, type])), [types]);
  const byId = useMemo(() => new Map(annotations.map((annotation) => [annotation.id, annotation])), [annotations]);

  const unreject = useCallback((key: string) => change(false, [key]), [change]);
  const take = useCallback(
    (item: AdjudicationItem, set: number) => {
      const version = item.versions[set];
      if (!version) return;
      const now = new Date().toISOString();
      unreject(item.key);
      if (item.gold) act({ kind: 'update', annotation: { ...goldCopy(version, goldName, item.gold.id, now), created: item.gold.created } });
      else act({ kind: 'add', annotation: goldCopy(version, goldName, crypto.randomUUID(), now) });
    },
    [act, goldName, unreject],
  );
  const reject = useCallback(
    (item: AdjudicationItem) => {
      if (item.gold) act({ kind: 'remove', id: item.gold.id });
      change(true, [item.key]);
    },
    [act, change],
  );
  const reopen = useCallback(
    (item: AdjudicationItem) => {
      if (item.gold) act({ kind: 'remove', id: item.gold.id });
      unreject(item.key);
    },
    [act, unreject],
  );
  const edit = useCallback(
    (item: AdjudicationItem) => {
      if (item.gold) return onEdit(item.gold.id);
      const version = item.versions.find((v) => v !== undefined);
      if (!version) return;
      const copy = goldCopy(version, goldName, crypto.randomUUID(), new Date().toISOString());
      unreject(item.key);
      act({ kind: 'add', annotation: copy });
      onEdit(copy.id);
    },
    [act, goldName, onEdit, unreject],
  );

  // Only the items in view are drawn (a document of 3 sets × 500 annotations has about 700), and always
  // the current one, which aria-activedescendant names: a screen reader and the keys find it drawn.
  const scrollRef = useRef<HTMLDivElement>(null);
  // The rows are read from the virtualiser on every render; the rows themselves are memo components given only stable values, so the compiler's skip costs nothing.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: stop === null ? items.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ITEM_HEIGHT,
    gap: ITEM_GAP,
    getItemKey: (i) => items[i]?.key ?? i,
    overscan: 4,
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const drawn = defaultRangeExtractor(range);
        return drawn.includes(currentIndex) ? drawn : [...drawn, currentIndex].sort((a, b) => a - b);
      },
      [currentIndex],
    ),
  });
  // The item moved to is scrolled into view: the list is long and the keys move through it.
  useEffect(() => {
    if (items.length > 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, items.length, virtualizer]);

  const move = (by: number) => setCurrentKey(items[Math.min(items.length - 1, Math.max(0, currentIndex + by))]?.key ?? null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 'arrowdown' || key === 'j') move(1);
    else if (key === 'arrowup' || key === 'k') move(-1);
    else if (key === 'n') {
      const after = [...items.slice(currentIndex + 1), ...items.slice(0, currentIndex + 1)];
      const next = after.find((item) => !isDecided(item, rejected));
      if (next) setCurrentKey(next.key);
    } else if (!current || !editable) return;
    else if (/^[1-9]$/.test(key)) take(current, Number(key) - 1);
    else if (key === 'r') reject(current);
    else if (key === 'e') edit(current);
    else if (key === 'u') reopen(current);
    else return;
    event.preventDefault();
  };

  return (
    <ModalDialog
      title={`Adjudicate: ${title}`}
      className="adjudication-dialog"
      onClose={onClose}
      closeLabel="Close"
      problems={<ProblemList problems={[stop, problem, ...problems].filter((line) => line !== null)} />}
      confirm={{ label: 'Done', disabled: false, onClick: onClose }}
    >
      <div className="team-body">
        <div className="team-filters">
          <fieldset>
            <legend>Sets</legend>
            <ChoiceList label="Sets to adjudicate" items={candidates.map((set) => ({ id: set, label: set }))} checklist={chosen} />
          </fieldset>
          <label className="exchange-set">
            Into the set
            <input type="text" value={gold} onChange={(event) => setGold(event.target.value)} aria-label="Gold set name" />
          </label>
          <AdjudicationDocuments documents={documents} openId={documentId} live={{ sets: sources.length, items: shown, decided }} progress={progress} onOpen={onOpenDocument} />
        </div>
        <div className="team-main">
          <div className="adjudication-head">
            <div className="adjudication-progress">
              <progress max={Math.max(1, shown)} value={decided} aria-label="Items decided" />
              <span aria-live="polite">
                {decided} of {shown} decided
              </span>
            </div>
            <span className="adjudication-keys">{KEYS_HELP}</span>
          </div>
          {stop ? null : (
            <div ref={scrollRef} className="adjudication-scroll">
              <ul
                className="adjudication-items"
                role="listbox"
                aria-label="Items to adjudicate"
                aria-activedescendant={current ? `adjudication-${current.key}` : undefined}
                tabIndex={0}
                onKeyDown={onKeyDown}
                style={{ height: virtualizer.getTotalSize() }}
              >
                {virtualizer.getVirtualItems().map((drawn) => {
                  const item = items[drawn.index] as AdjudicationItem;
                  return (
                    <AdjudicationItemRow
                      key={drawn.key}
                      item={item}
                      index={drawn.index}
                      top={drawn.start}
                      count={items.length}
                      measure={virtualizer.measureElement}
                      sets={sources}
                      rejected={rejected.has(item.key)}
                      current={item === current}
                      editable={editable}
                      types={typesById}
                      byId={byId}
                      onFocus={setCurrentKey}
                      onTake={take}
                      onReject={reject}
                      onEdit={edit}
                      onReopen={reopen}
                    />
                  );
                })}
              </ul>
            </div>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
