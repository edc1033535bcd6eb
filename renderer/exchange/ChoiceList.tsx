import { useCallback, useState } from 'react';
import { toggled } from '../sets/toggled';

export interface Checklist {
  checked: ReadonlySet<string>;
  toggle: (id: string) => void;
  setAll: (ids: readonly string[]) => void;
}

export function useChecklist(initial: readonly string[]): Checklist {
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(initial));
  const toggle = useCallback((id: string) => setChecked((current) => toggled(current, id)), []);
  const setAll = useCallback((ids: readonly string[]) => setChecked(new Set(ids)), []);
  return { checked, toggle, setAll };
}

/** A scrolling list of checkboxes with "All" and "None". */
export function ChoiceList(props: { label: string; items: readonly { id: string; label: string }[]; checklist: Checklist }) {
  const { label, items, checklist } = props;
  return (
    <div className="choice-list" role="group" aria-label={label}>
      <div className="choice-list-actions">
        <button type="button" onClick={() => checklist.setAll(items.map((item) => item.id))}>
          All
        </button>
        <button type="button" onClick={() => checklist.setAll([])}>
          None
        </button>
      </div>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input type="checkbox" checked={checklist.checked.has(item.id)} onChange={() => checklist.toggle(item.id)} />
              {item.label}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
