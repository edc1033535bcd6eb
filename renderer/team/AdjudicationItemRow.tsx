import { memo } from 'react';
import type { AdjudicationItem } from '../../core/agreement/adjudication';
import type { StoredAnnotation } from '../../core/model/annotation';
import type { LabelType } from '../../core/model/label-types';
import { useEntities } from '../entities/entities-context';
import { annotationText, fieldValueText } from '../sidebar/annotation-text';

/** What the adjudicator decided for an item: a version taken as it is, the gold copy changed since, rejected, or nothing yet. */
export type Decision = { kind: 'taken'; from: string } | { kind: 'edited' } | { kind: 'rejected' } | { kind: 'open' };

const sameContent = (a: StoredAnnotation, b: StoredAnnotation) =>
  a.type === b.type && JSON.stringify(a.fragments) === JSON.stringify(b.fragments) && JSON.stringify(a.fields) === JSON.stringify(b.fields) && a.note === b.note;

/** Which version the gold annotation is, unchanged; "edited" when it matches none. */
function decisionOf(item: AdjudicationItem, sets: readonly string[], rejected: boolean): Decision {
  if (!item.gold) return rejected ? { kind: 'rejected' } : { kind: 'open' };
  const gold = item.gold;
  const from = item.versions.findIndex((version) => version !== undefined && sameContent(version, gold));
  return from >= 0 ? { kind: 'taken', from: sets[from] ?? '' } : { kind: 'edited' };
}

function decisionText(decision: Decision): string {
  switch (decision.kind) {
    case 'taken':
      return `Taken from ${decision.from}`;
    case 'edited':
      return 'Edited in gold';
    case 'rejected':
      return 'Rejected';
    case 'open':
      return 'Not decided';
  }
}

function Version(props: { set: string; version: StoredAnnotation | undefined; item: AdjudicationItem; types: ReadonlyMap<string, LabelType>; byId: ReadonlyMap<string, StoredAnnotation> }) {
  const { set, version, item, types, byId } = props;
  const { lookup } = useEntities();
  if (!version) {
    return (
      <div className="adjudication-version absent">
        <header>{set}</header>
        not annotated
      </div>
    );
  }
  const type = types.get(version.type);
  const { differences } = item;
  const span = version.fragments.map((f) => `${f.start}–${f.end}`).join(', ');
  const fieldIds = Object.keys(version.fields).filter((field) => version.fields[field] !== '');
  return (
    <div className="adjudication-version">
      <header>
        <strong>{set}</strong>
        <span className={differences.type ? 'differs' : undefined}>{type?.name ?? version.type}</span>
        <span className={differences.boundaries ? 'differs' : undefined} title="characters (code points)">
          {span}
        </span>
      </header>
      <p className={`version-text${differences.boundaries ? ' differs' : ''}`}>{annotationText(version)}</p>
      {fieldIds.length > 0 ? (
        <dl>
          {fieldIds.map((field) => (
            <div key={field} style={{ display: 'contents' }}>
              <dt>{type?.fields.find((f) => f.id === field)?.name ?? field}</dt>
              <dd className={differences.fields.includes(field) ? 'differs' : undefined}>{fieldValueText(version.fields[field] ?? '', byId, lookup)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {version.note ? <p className="version-note">{version.note}</p> : null}
    </div>
  );
}

/**
 * One aligned item: each set's version side by side with what differs
 * marked (in colour and in words), and the gold column: what was decided,
 * with buttons for what the keys do.
 */
export const AdjudicationItemRow = memo(function AdjudicationItemRow(props: {
  item: AdjudicationItem;
  /** Where the row is drawn in the virtual list: its place among `count` items and its top (numbers, so the memo holds). */
  index: number;
  top: number;
  count: number;
  /** The list's measuring of drawn rows (rows differ in height with their fields). */
  measure: (element: HTMLElement | null) => void;
  sets: readonly string[];
  rejected: boolean;
  current: boolean;
  editable: boolean;
  types: ReadonlyMap<string, LabelType>;
  byId: ReadonlyMap<string, StoredAnnotation>;
  onFocus: (key: string) => void;
  onTake: (item: AdjudicationItem, set: number) => void;
  onReject: (item: AdjudicationItem) => void;
  onEdit: (item: AdjudicationItem) => void;
  onReopen: (item: AdjudicationItem) => void;
}) {
  const { item, index, top, count, measure, sets, rejected, current, editable, types, byId } = props;
  const decision = decisionOf(item, sets, rejected);
  const { differences } = item;
  const tags = [
    differences.missing ? 'missing in a set' : null,
    differences.boundaries ? 'boundaries' : null,
    differences.type ? 'type' : null,
    ...differences.fields.map((field) => `field: ${field}`),
  ].filter((tag) => tag !== null);
  return (
    <li
      ref={measure}
      data-index={index}
      id={`adjudication-${item.key}`}
      className={`adjudication-item${decision.kind === 'open' ? '' : ' decided'}`}
      style={{ ['--versions' as string]: String(sets.length), transform: `translateY(${top}px)` }}
      role="option"
      aria-selected={current}
      aria-setsize={count}
      aria-posinset={index + 1}
      onClick={() => props.onFocus(item.key)}
    >
      {sets.map((set, i) => (
        <Version key={set} set={set} version={item.versions[i]} item={item} types={types} byId={byId} />
      ))}
      <div className="adjudication-gold">
        <strong>{decisionText(decision)}</strong>
        <div className="difference-tags" aria-label="Differences">
          {tags.length > 0 ? tags.map((tag) => <span key={tag}>{tag}</span>) : <em>no differences</em>}
        </div>
        {editable ? (
          <div className="actions">
            {sets.map((set, i) =>
              item.versions[i] ? (
                <button key={set} type="button" tabIndex={-1} onClick={() => props.onTake(item, i)} title={`Take ${set}'s version (${i + 1})`}>
                  {i + 1} {set}
                </button>
              ) : null,
            )}
            <button type="button" tabIndex={-1} onClick={() => props.onEdit(item)} title="Edit in gold (E)">
              Edit
            </button>
            <button type="button" tabIndex={-1} onClick={() => props.onReject(item)} title="Reject (R)">
              Reject
            </button>
            {decision.kind === 'open' ? null : (
              <button type="button" tabIndex={-1} onClick={() => props.onReopen(item)} title="Undecide (U)">
                Undecide
              </button>
            )}
          </div>
        ) : null}
      </div>
    </li>
  );
});
